# PGO training: threads sharing a lock, a queue and a list.
import queue
import threading

lock = threading.Lock()
shared = []
total = [0]


def worker(n, q):
    local = 0
    for i in range(n):
        local += i % 7
        if i % 1000 == 0:
            with lock:
                total[0] += local
                local = 0
        shared.append(i)
    q.put(local)


q = queue.Queue()
threads = [threading.Thread(target=worker, args=(150000, q)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
rest = q.get() + q.get()
print(total[0] + rest, len(shared))
