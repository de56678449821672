import threading
sem = threading.Semaphore(2)
active = [0]
peak = [0]
lock = threading.Lock()
def task():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        s = 0
        for i in range(20000):
            s += i
        with lock:
            active[0] -= 1
threads = [threading.Thread(target=task) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print(peak[0] <= 2, active[0])
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
