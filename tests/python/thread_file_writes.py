# Four threads write 1000 lines each to one file object; every line lands
# whole and none is lost. (Binary files: CPython 3.11's text layer itself
# can interleave concurrent writes, its buffered binary layer cannot.)
import os
import threading

d = "/tmp/weft_thread_files_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "lines.txt")

f = open(p, "wb")

def work(k):
    for i in range(1000):
        f.write(b"thread %d line %d\n" % (k, i))

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
f.close()

counts = [0, 0, 0, 0]
total = 0
with open(p) as g:
    for line in g:
        total += 1
        parts = line.split()
        assert len(parts) == 4 and parts[0] == "thread" and line.endswith("\n"), line
        counts[int(parts[1])] += 1
print(total, counts)

# Reading and writing from several threads through one '+' file.
with open(p, "w+b") as h:
    def writer(k):
        for i in range(500):
            h.write(b"%d\n" % k)
    ts = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    h.seek(0)
    lines = h.readlines()
print(len(lines), sorted(set(lines)))

os.remove(p)
os.rmdir(d)
