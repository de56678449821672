import threading
data = threading.local()
data.value = "main"
out = {}
lock = threading.Lock()
def worker(n):
    before = getattr(data, "value", None)
    data.value = n
    total = 0
    for i in range(1000):
        total += data.value
    with lock:
        out[n] = (before, total)
threads = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(out.items()), data.value)
