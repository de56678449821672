import random, threading
# Module-level functions share one generator: many threads drawing at once
# must neither crash nor lose draws (the count of values is exact).
random.seed(5)
results = []
lock = threading.Lock()
def worker():
    local = [random.random() for _ in range(2000)]
    with lock:
        results.extend(local)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(results), all(0.0 <= x < 1.0 for x in results))
random.seed(5)
expected = sorted(random.random() for _ in range(8000))
print(sorted(results) == expected)
# Separate instances per thread are independent and reproducible.
out = {}
def own(i):
    r = random.Random(i)
    out[i] = [r.randint(0, 1000) for _ in range(5)]
ts = [threading.Thread(target=own, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print([out[i] for i in range(4)])
