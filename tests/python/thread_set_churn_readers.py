# Lock-free `in` on a set while other threads add and remove members
# (leaving dummies), pop, and make the table grow and be rebuilt: a member
# that is never removed is always found, a value never added never is, and
# every add is counted exactly once.
import threading

shared = set()
STABLE = [1000 + 7 * i for i in range(40)]
for v in STABLE:
    shared.add(v)
NEVER = [-5000 - 3 * i for i in range(40)]
errors = []
stop = threading.Event()


def reader(seed):
    rounds = 0
    while not stop.is_set() or rounds < 200:
        for v in STABLE:
            if v not in shared:
                errors.append(("stable missing", v))
        for v in NEVER:
            if v in shared:
                errors.append(("never added found", v))
        rounds += 1


def churner(base):
    # A work list: each value goes in, then comes out five steps later.
    for i in range(6000):
        shared.add(base + i)
        if i >= 5:
            shared.remove(base + i - 5)
    for i in range(5995, 6000):
        shared.remove(base + i)


added = []


def adder(base):
    for i in range(3000):
        shared.add(("t", base, i))
    added.append(base)


readers = [threading.Thread(target=reader, args=(k,)) for k in range(2)]
writers = [threading.Thread(target=churner, args=(b,)) for b in (100_000, 200_000)]
writers += [threading.Thread(target=adder, args=(b,)) for b in (1, 2)]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()

print("errors", errors[:5], len(errors))
tuples = [m for m in shared if isinstance(m, tuple)]
print("tuples", len(tuples), len(set(tuples)))
ints = sorted(m for m in shared if isinstance(m, int))
print("ints", ints == sorted(STABLE), len(ints))
# Drain with pop while another thread discards: each member leaves once.
taken = []


def popper():
    while True:
        try:
            taken.append(shared.pop())
        except KeyError:
            return


def discarder(out):
    for m in list(tuples):
        if (m in shared):
            try:
                shared.remove(m)
                out.append(m)
            except KeyError:
                pass


removed = []
ts = [threading.Thread(target=popper), threading.Thread(target=discarder, args=(removed,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("drained", len(shared), len(taken) + len(removed), len(set(taken) | set(removed)))
