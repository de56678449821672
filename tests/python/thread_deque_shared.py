# Four threads share one deque: two append, two pop from both ends; the
# totals must come out exact (no item lost or seen twice).
import threading
from collections import deque

N = 20000
d = deque()
popped = [[], []]
done = threading.Event()
start = threading.Barrier(4)


def producer(base, left):
    start.wait()
    for i in range(N):
        if left:
            d.appendleft(base + i)
        else:
            d.append(base + i)


def consumer(k, left):
    start.wait()
    out = popped[k]
    while True:
        try:
            out.append(d.popleft() if left else d.pop())
        except IndexError:
            if done.is_set() and not d:
                return


producers = [threading.Thread(target=producer, args=(0, False)),
             threading.Thread(target=producer, args=(N, True))]
consumers = [threading.Thread(target=consumer, args=(0, True)),
             threading.Thread(target=consumer, args=(1, False))]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
done.set()
for t in consumers:
    t.join()

got = popped[0] + popped[1] + list(d)
print(len(got), len(set(got)), sum(got) == sum(range(2 * N)), len(d))

# Bounded: four threads append to a deque of maxlen 100; it stays full
# and every kept item is one that was appended.
b = deque(maxlen=100)


def fill(base):
    for i in range(5000):
        b.append(base + i)


ts = [threading.Thread(target=fill, args=(k * 10000,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(b), b.maxlen, all(x % 10000 < 5000 for x in b), len(set(b)))

# Mixed extend / rotate / count from four threads on one deque.
m = deque(range(1000))


def churn(k):
    for _ in range(200):
        m.rotate(k + 1)
        m.extend([k] * 3)
        for _ in range(3):
            m.popleft()


ts = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(m))
