# Objects every thread keeps using (a shared instance, dict, list, and a
# class made inside a function) are still freed once the program drops
# them: by counting in CPython, by the next collection in Weft (where such
# contended objects switch to deferred counting).
import gc
import threading
import weakref

died = []


class Shared:
    def __init__(self, k):
        self.k = k

    def method(self, x):
        return x + self.k

    def __del__(self):
        died.append("instance")


def make_class():
    class Local:
        def get(self):
            return 1
    return Local


obj = Shared(3)
table = {i: i * i for i in range(100)}
items = list(range(100))
Local = make_class()
local_instance = Local()
class_ref = weakref.ref(Local, lambda _: died.append("class"))
results = []
lock = threading.Lock()


def work(n):
    s = 0
    for i in range(n):
        s += obj.method(i) + table[i % 100] + items[i % 100] + local_instance.get()
    with lock:
        results.append(s)


N = 20000
threads = [threading.Thread(target=work, args=(N,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = sum(i + 3 + (i % 100) ** 2 + i % 100 + 1 for i in range(N))
print(results == [expected] * 4)

del obj, local_instance, Local
gc.collect()
print(sorted(died))
print(class_ref() is None)
print(len(table), sum(items))
