"""Cyclic garbage made by every thread: throughput and the longest
collection. Each of T threads makes K two-list garbage cycles (with a
little live data kept), relying on automatic collection. Prints:
    threads=T cycles_per_s=... longest_pause_ms=...
The same shape as weft's `cargo bench -p weft-benches --bench gc_threads`.
"""
import gc
import sys
import threading
import time

pauses = []
_start = [0.0]


def on_gc(phase, info):
    if phase == "start":
        _start[0] = time.perf_counter()
    else:
        pauses.append(time.perf_counter() - _start[0])


def work(k, keep):
    for i in range(k):
        a = []
        b = [a]
        a.append(b)
        if i % 100 == 0:
            keep.append([i])


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    gc.callbacks.append(on_gc)
    keep = []
    ts = [threading.Thread(target=work, args=(k, keep)) for _ in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    elapsed = time.perf_counter() - t0
    longest = max(pauses) * 1000 if pauses else 0.0
    print(f"threads={threads} cycles_per_s={threads * k / elapsed:.0f} longest_pause_ms={longest:.2f}")


if __name__ == "__main__":
    main()
