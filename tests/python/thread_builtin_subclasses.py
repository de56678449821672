# Four threads append to one list subclass, count into one Counter (a dict
# subclass under a lock), and add to one set subclass: nothing is lost.
import threading
from collections import Counter

class Log(list):
    def add(self, x):
        self.append(x)

class Seen(set):
    pass

log = Log()
seen = Seen()
counts = Counter()
lock = threading.Lock()

def work(k):
    for i in range(2000):
        log.add((k, i))
        seen.add(k * 10000 + i)
        with lock:
            counts[k] += 1

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(log), len(set(log)), type(log).__name__, isinstance(log, list))
print(len(seen), sorted(counts.items()), counts.total())
print(sorted(log)[:2], sorted(log)[-1])
