# gc.get_referents of a suspended generator sees its frame's locals, and
# leaves the generator as it was: stepping it afterwards works, also while
# another thread keeps asking for its referents.
import gc
import threading


class Marker:
    pass


def holds(marker, n):
    kept = marker
    for i in range(n):
        yield i


m = Marker()
g = holds(m, 3)
print(next(g))
print(any(r is m for r in gc.get_referents(g)))
print(list(g))
print(gc.get_referents(g) == [] or all(r is not m for r in gc.get_referents(g)))

N = 20000
g = holds(Marker(), N)
stop = threading.Event()
errors = []


def inspect():
    while not stop.is_set():
        try:
            gc.get_referents(g)
        except Exception as e:
            errors.append(e)


t = threading.Thread(target=inspect)
t.start()
try:
    total = sum(g)
finally:
    stop.set()
    t.join()
print(total == N * (N - 1) // 2, errors)
