# time's clocks: types, monotonic order, the _ns variants, sleep's errors.
import time

a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a)
na = time.monotonic_ns()
nb = time.monotonic_ns()
print(type(na).__name__, nb >= na)
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print(type(p1).__name__, p2 - p1 >= 0.005, type(time.perf_counter_ns()).__name__)
print(type(time.time()).__name__, type(time.time_ns()).__name__, abs(time.time_ns() / 1e9 - time.time()) < 5)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print(time.sleep(0))
for arg in [-1, "x", None]:
    try:
        time.sleep(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
