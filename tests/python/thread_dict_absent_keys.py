# Lookups of absent keys stop early on a filter of the table's key hashes.
# A reader that sees a key's insert announced must then find the key,
# while the writer keeps adding keys (and removing others) and the table
# grows; and a method shadowed in an instance dict must win at once.
import threading

N = 3000
READERS = 3
d = {}
progress = [-1]
finished = [False]
misses = []


def writer():
    for i in range(N):
        d["key%d" % i] = i
        if i % 7 == 0:
            d["tmp%d" % i] = i  # keys that come and go: deleted entries
            if i > 70:
                del d["tmp%d" % (i - 70)]
        progress[0] = i  # announced after the insert
    finished[0] = True


def reader(rid):
    seen = 0
    while not finished[0] or seen < N - 1:
        p = progress[0]
        if p < 0:
            continue
        if ("key%d" % p) not in d or d.get("key%d" % p) != p:
            misses.append((rid, p))
        if ("absent%d" % p) in d:
            misses.append((rid, "absent", p))
        seen = p
        if finished[0]:
            break


threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(r,)) for r in range(READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("keys", sum(1 for k in d if k.startswith("key")), "misses", misses[:5])
print("all present", all(("key%d" % i) in d for i in range(N)))
print("none absent", not any(("absent%d" % i) in d for i in range(N)))


class Task:
    def run(self):
        return "class"


tasks = [Task() for _ in range(8)]
for i, t in enumerate(tasks):
    for j in range(i * 9):
        setattr(t, "attr%d" % j, j)
results = []


def shadow(t, k):
    results.append(t.run())
    t.run = lambda: "instance %d" % k
    results.append(t.run())
    del t.run
    results.append(t.run())


ts = [threading.Thread(target=shadow, args=(t, k)) for k, t in enumerate(tasks)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
