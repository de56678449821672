# io: StringIO as a file for print and a text pipeline; io.open
import io
import os

out = io.StringIO()
print('a', 1, 2.5, sep=',', file=out)
print('second line', file=out, end='!\n')
out.write('tail')
print(repr(out.getvalue()))
src = io.StringIO('name,age\nann,31\nbob,27\n')
header = src.readline().strip().split(',')
rows = [dict(zip(header, line.strip().split(','))) for line in src]
print(rows)
words = io.StringIO()
for i in range(1000):
    words.write('w%d ' % i)
v = words.getvalue()
print(len(v), v[:20], v[-10:])
print(io.open is open, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
path = 'mod_io_usage.tmp'
with io.open(path, 'w') as f:
    f.write('x\ny\n')
with open(path) as f:
    print(type(f) is io.TextIOWrapper, f.readlines())
os.remove(path)
b = io.BytesIO()
for i in range(256):
    b.write(bytes([i]))
print(len(b.getvalue()), b.getvalue()[250:])
