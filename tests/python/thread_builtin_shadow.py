# Threads load a builtin through the globals-absent shortcut while the
# main thread adds a global of that name: once a thread has seen the
# event that follows the store, every load it makes sees the global.
import threading

def measure(x):
    return len(x)

started = threading.Barrier(5)
shadowed = threading.Event()
results = []
lock = threading.Lock()

def worker():
    before = set()
    started.wait()
    while not shadowed.is_set():
        before.add(measure("abcd"))
    after = set(measure("abcd") for _ in range(2000))
    with lock:
        results.append((before <= {4, -1}, after))

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
started.wait()
for _ in range(20000):
    pass
len = lambda x: -1
shadowed.set()
for t in threads:
    t.join()
del len
print(sorted(str(r) for r in results))
print(measure("ab"))
