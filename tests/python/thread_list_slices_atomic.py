import threading
shared = []
removed = [0]
lock = threading.Lock()
def appender(base):
    for i in range(20000):
        shared.append(base + i)
def trimmer():
    for _ in range(2000):
        if len(shared) > 300:
            chunk = shared[:100]
            # Delete exactly the items just read, as one atomic step would.
            with lock:
                n = len(chunk)
                del shared[:n]
                removed[0] += n
threads = [threading.Thread(target=appender, args=(k * 100000,)) for k in range(2)] + [threading.Thread(target=trimmer)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared) + removed[0] == 40000, len(set(shared)) == len(shared))
