"""Weft's main example: CPU-bound Python code on several threads at once.

Four threads count primes in disjoint ranges (pure Python loops), append
their findings to one shared list and record totals in one shared dict;
with no global lock the threads run in parallel on every core. The program
then checks the shared containers lost nothing and compares the threaded
time with the same work done on one thread.
"""
import threading
import time

LIMIT = 600_000
THREADS = 4


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_range(lo, hi, found, totals, index):
    count = 0
    for n in range(lo, hi):
        if is_prime(n):
            count += 1
            found.append(n)
    totals[index] = count


def run(threads):
    found, totals = [], {}
    step = LIMIT // threads
    workers = [
        threading.Thread(target=count_range, args=(i * step, (i + 1) * step, found, totals, i))
        for i in range(threads)
    ]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - start, found, totals


serial_time, serial_found, _ = run(1)
parallel_time, found, totals = run(THREADS)
print(f"primes below {LIMIT}: {sum(totals.values())} (per thread: {[totals[i] for i in range(THREADS)]})")
print(f"shared list holds every prime exactly once: {sorted(found) == sorted(serial_found) and len(set(found)) == len(found)}")
print(f"1 thread: {serial_time:.2f}s, {THREADS} threads: {parallel_time:.2f}s, speed-up {serial_time / parallel_time:.2f}x")
