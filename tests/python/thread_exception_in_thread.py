import threading
def boom():
    raise ValueError("raised inside a thread")
t = threading.Thread(target=boom, name="worker-x")
t.start(); t.join()
print("main continues", t.is_alive())
ok = []
t2 = threading.Thread(target=lambda: ok.append(1))
t2.start(); t2.join()
print(ok)
