# A deque shared by producer and consumer threads: appends and poplefts
# from several threads at once lose and duplicate nothing.
import threading
from collections import deque
q = deque()
N, P = 5000, 4
def produce(k):
    for i in range(N):
        q.append(k * N + i)
got = []
got_lock = threading.Lock()
def consume():
    local = []
    while len(local) < N:
        try:
            local.append(q.popleft())
        except IndexError:
            pass
    with got_lock:
        got.extend(local)
threads = [threading.Thread(target=produce, args=(k,)) for k in range(P)] + [threading.Thread(target=consume) for _ in range(P)]
for t in threads: t.start()
for t in threads: t.join()
print(len(got), sorted(got) == list(range(N * P)), len(q))
b = deque(maxlen=100)
def fill():
    for i in range(20000):
        b.append(i)
ts = [threading.Thread(target=fill) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(b), b.maxlen)
