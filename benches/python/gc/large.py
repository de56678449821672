"""Collections whose candidate subgraph is large (where weft marks in
parallel): for each size N,
- first: build N live objects (lists, dicts and instances, as pause.py),
  then time the first gc.collect(), which examines all of them (their
  construction made them candidates);
- garbage: make N objects of cyclic garbage (rings of instances holding
  lists) and time the gc.collect() that frees them.
Prints one line per size:
    n=N first_ms=... garbage_ms=...
(medians of 3). With weft, WEFT_GC_TRACE=1 prints the stopped part of
each collection on stderr.
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


def rings(n):
    # Rings of 100 nodes, each node holding a list: 2 objects per node.
    for _ in range(n // 200):
        first = Node(None)
        prev = first
        for i in range(99):
            node = Node([i])
            prev.other = node
            prev = node
        prev.other = first


def timed_collect():
    t0 = time.perf_counter()
    gc.collect()
    return (time.perf_counter() - t0) * 1000


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [100_000, 1_000_000]
    for n in sizes:
        firsts, garbages = [], []
        for _ in range(3):
            gc.collect()
            gc.disable()
            heap = build(n)
            firsts.append(timed_collect())
            del heap
            gc.collect()
            rings(n)
            garbages.append(timed_collect())
            gc.enable()
        firsts.sort()
        garbages.sort()
        print(f"n={n} first_ms={firsts[1]:.2f} garbage_ms={garbages[1]:.2f}")


if __name__ == "__main__":
    main()
