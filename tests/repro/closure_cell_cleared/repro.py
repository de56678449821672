# Weak containers shared by threads: concurrent inserts, replacements and
# deaths leave exactly the live entries.
import weakref_old2 as weakref, gc, threading


class Obj:
    def __init__(self, n):
        self.n = n


THREADS = 4
ROUNDS = 300
values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
kept = [[] for _ in range(THREADS)]


def work(t):
    mine = kept[t]
    for i in range(ROUNDS):
        o = Obj(i)
        values[(t, i)] = o
        # Every thread also replaces a few shared keys, whose old values die.
        values[i % 8] = o
        keys[o] = (t, i)
        members.add(o)
        if i % 3 == 0:
            mine.append(o)
    del o


threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
gc.collect()
live = sum(len(k) for k in kept)
shared_left = sum(1 for k in values if isinstance(k, int))
print(live, len(values) - shared_left == live, len(keys) == live, len(members) == live)
print(all(values[(o.n and (t, o.n)) or (t, 0)] is o for t in range(THREADS) for o in kept[t]))
print(all(keys[o] == (t, o.n) for t in range(THREADS) for o in kept[t]))
for k in kept:
    k.clear()
gc.collect()
print(len(values), len(keys), len(members))
