"""gc.collect() pause with a large live heap and a little cyclic garbage.

For each heap size: build N live objects (lists, dicts and instances
pointing at each other, all reachable), collect once, then create 10,000
small garbage cycles and time gc.collect(). Prints one line per size:
    live=N collect_ms=MEDIAN over 5 runs
Run with python3 for comparison with weft's own benchmark (cargo bench
-p weft-benches --bench gc_pause).
"""
import gc
import sys
import time


class Node:
    def __init__(self, other):
        self.other = other


def build(n):
    heap = []
    for i in range(n // 3):
        lst = [i]
        d = {"k": lst}
        heap.append(Node(d))
    return heap


def garbage(k):
    for _ in range(k):
        a = []
        b = [a]
        a.append(b)


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [100_000, 1_000_000, 3_000_000]
    for n in sizes:
        heap = build(n)
        gc.collect()
        times = []
        for _ in range(5):
            garbage(10_000)
            t0 = time.perf_counter()
            gc.collect()
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(f"live={n} collect_ms={times[2]:.2f}")
        del heap
        gc.collect()


if __name__ == "__main__":
    main()
