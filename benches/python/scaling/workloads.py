"""Weak scaling: the same fixed work per thread, on 1 and on N threads.

usage: weft workloads.py WORKLOAD THREADS
Prints the wall time of the threaded part in seconds. With perfect scaling
the time does not change with THREADS.
"""
import sys
import threading
import time
import queue

ITER = 4_000_000
SHARED_DICT = {i: i * i for i in range(1000)}
SHARED_LIST = list(range(1000))
SHARED_APPEND = []
SHARED_NAMES = {str(i): float(i) for i in range(1000)}
SHARED_FLOATS = [float(i) for i in range(1000)]
NAME_KEYS = [str(i) for i in range(1000)]


def shared_function(x):
    return x * 2 + 1


class Shared:
    def __init__(self):
        self.k = 3

    def method(self, x):
        return x + self.k


SHARED_OBJ = Shared()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def int_loops():
    t = 0
    for i in range(ITER):
        t += (i * 7) % 13
    return t


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def recursive_calls():
    return fib(29)


def float_math():
    x = 0.0
    for i in range(ITER):
        x = x * 0.5 + i * 0.25
    return x


def create_instances():
    s = 0
    for i in range(ITER // 4):
        p = Point(i, i + 1)
        s += p.x + p.y
    return s


def call_shared_function():
    s = 0
    for i in range(ITER // 2):
        s += shared_function(i)
    return s


def call_shared_method():
    s = 0
    for i in range(ITER // 2):
        s += SHARED_OBJ.method(i)
    return s


def read_shared_containers():
    s = 0
    for i in range(ITER // 2):
        s += SHARED_DICT[i % 1000] + SHARED_LIST[i % 1000]
    return s


def read_shared_objects():
    # Heap items: every read takes a reference to an object another
    # thread made (str keys, float values).
    s = 0.0
    keys = NAME_KEYS
    for i in range(ITER // 2):
        s += SHARED_NAMES[keys[i % 1000]] + SHARED_FLOATS[i % 1000]
    return s


def own_containers():
    d, l = {}, []
    for i in range(ITER // 2):
        d[i % 500] = i
        l.append(i)
    return len(d) + len(l)


def append_shared_list():
    for i in range(ITER // 2):
        SHARED_APPEND.append(i)
    return 0


def string_building():
    parts = []
    for i in range(ITER // 4):
        parts.append(str(i))
    return len("".join(parts))


def generators_closures():
    def make(k):
        return lambda v: v + k
    add = make(3)
    return sum(add(x) for x in range(ITER // 2))


def producer_consumer():
    q = queue.Queue(maxsize=100)
    n = ITER // 50

    def produce():
        for i in range(n):
            q.put(i)
        q.put(None)

    t = threading.Thread(target=produce)
    t.start()
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    t.join()
    return total


WORKLOADS = {f.__name__: f for f in [
    int_loops, recursive_calls, float_math, create_instances, call_shared_function,
    call_shared_method, read_shared_containers, read_shared_objects, own_containers, append_shared_list,
    string_building, generators_closures, producer_consumer,
]}


def main():
    work = WORKLOADS[sys.argv[1]]
    n = int(sys.argv[2])
    threads = [threading.Thread(target=work) for _ in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("%.4f" % (time.perf_counter() - start))


main()
