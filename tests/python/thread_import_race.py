# Several threads import the same not-yet-imported modules at once: the
# module body runs once, and every thread sees the module complete.
import threading
import sys

barrier = threading.Barrier(6)
seen = []
lock = threading.Lock()


def importer(i):
    barrier.wait()
    from thread_support import slowmod
    import queue
    import heapq
    ok = (slowmod.READY, slowmod.total, slowmod.RUNS, hasattr(queue, "SimpleQueue"), hasattr(heapq, "heappush"))
    with lock:
        seen.append(ok)


ts = [threading.Thread(target=importer, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), set(seen))
print("runs", threading._slowmod_runs, "in sys.modules", "thread_support.slowmod" in sys.modules)
