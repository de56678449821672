import threading
stop = threading.Event()
ticks = []
def daemon_loop():
    while not stop.is_set():
        ticks.append(1)
        stop.wait(0.001)
d = threading.Thread(target=daemon_loop, daemon=True)
d.start()
ready = threading.Event()
def waiter(results):
    ready.wait()
    results.append("released")
results = []
ws = [threading.Thread(target=waiter, args=(results,)) for _ in range(3)]
for w in ws: w.start()
ready.set()
for w in ws: w.join()
stop.set(); d.join()
print(results, d.daemon, len(ticks) > 0, ready.is_set(), threading.main_thread().name)
