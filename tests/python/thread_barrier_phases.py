import threading
N = 4
barrier = threading.Barrier(N)
phases = {i: [] for i in range(N)}
lock = threading.Lock()
order = []
def worker(i):
    for phase in range(3):
        phases[i].append(phase)
        with lock:
            order.append(phase)
        barrier.wait()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads: t.start()
for t in threads: t.join()
print(phases, order == sorted(order), barrier.broken, barrier.parties)
