# Write a 50 MB file of lines, then read it back line by line and count.
import os

d = "/tmp/weft_file_lines_%d" % os.getpid()
os.mkdir(d)
path = os.path.join(d, "data.txt")
line = "the quick brown fox jumps over the lazy dog %d\n"
chunk = "".join(line % i for i in range(10000))
n_chunks = 50 * 1024 * 1024 // len(chunk) + 1
with open(path, "w") as f:
    for _ in range(n_chunks):
        f.write(chunk)
count = 0
total = 0
with open(path) as f:
    for l in f:
        count += 1
        total += len(l)
print(count, total)
os.remove(path)
os.rmdir(d)
