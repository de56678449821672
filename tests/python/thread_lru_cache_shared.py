# functools.lru_cache shared by threads: the statistics add up and the
# cache never holds more than maxsize entries.
import threading
from functools import lru_cache
@lru_cache(maxsize=64)
def square(n):
    return n * n
def work(k):
    for i in range(3000):
        assert square((i * 7 + k) % 200) == ((i * 7 + k) % 200) ** 2
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = square.cache_info()
print(info.hits + info.misses, info.currsize <= 64, info.maxsize)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
ts = [threading.Thread(target=fib, args=(300,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(fib(300), fib.cache_info().currsize)
