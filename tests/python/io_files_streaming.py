# Files stream: modes, partial reads, lines, seek/tell, '+' modes,
# newlines, decoding errors, closed files and the error messages.
import io
import os

d = "/tmp/weft_io_files_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "a.txt")

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e).replace(d, "<dir>"))

# modes
with open(p, "w") as f:
    print(f.write("hello\nworld\n"), f.mode, f.name == p, f.encoding)
    print(f.readable(), f.writable(), f.seekable())
with open(p, "a") as f:
    print(f.tell())
    f.write("more\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.read1(2), f.readline(), f.readlines())
with open(p, "wb") as f:
    print(type(f).__name__, f.write(b"abc\x00def"), f.write(bytearray(b"\n")))
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
with open(p, "x") as f:
    f.writelines(["x\n", "y\n"])
show("x again", lambda: open(p, "x"))
with open(p) as f:
    print(list(f))

# partial reads from endless devices
with open("/dev/zero", "rb") as f:
    print(len(f.read(16)), f.read(5), len(f.read1(100)) > 0)
with open("/dev/urandom", "rb") as f:
    print(len(f.read(16)), len(f.read(1)))
with open("/dev/zero") as f:
    print(repr(f.read(3)))
with open(os.devnull, "w") as f:
    print(f.write("gone"))
with open(os.devnull) as f:
    print(repr(f.read()), repr(f.readline()))

# a large file written in chunks, read by line and by iteration
big = os.path.join(d, "big.txt")
with open(big, "w") as f:
    for i in range(20000):
        f.write("line %d %s\n" % (i, "x" * (i % 50)))
with open(big) as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
    print(n, total)
with open(big) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(len(f.readlines(100)))
with open(big, "rb") as f:
    print(sum(1 for _ in f))

# seek and tell
with open(big, "rb") as f:
    f.read(100)
    print(f.tell(), f.seek(10), f.read(5), f.seek(-5, 2), f.read(), f.seek(3, 1), f.tell())
    print(f.seek(0, 2), f.read())
with open(big) as f:
    f.readline()
    t = f.tell()
    a = f.readline()
    f.seek(t)
    print(f.readline() == a, f.seek(0) == 0, repr(f.read(6)))
    show("text seek cur", lambda: f.seek(1, 1))
    show("text seek end", lambda: f.seek(-1, 2))
    show("text seek neg", lambda: f.seek(-1))
    show("bad whence", lambda: f.seek(0, 7))
    print(f.seek(0, 2) > 0, repr(f.read()))

# '+' modes
with open(p, "w+") as f:
    f.write("abcdef\n")
    f.seek(0)
    print(repr(f.read()))
    f.write("ghi\n")
    f.seek(0)
    print(repr(f.read()))
with open(p, "r+") as f:
    print(repr(f.read(2)))
    f.seek(2)
    f.write("XY")
    f.flush()
    print(repr(f.read(2)))
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4), repr(open(p).read()))
with open(p, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("Z\n")
    f.seek(0)
    print(repr(f.read()))
with open(p, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(2))
    f.write(b"!!")
    f.seek(0)
    print(f.read())
    f.seek(1)
    f.truncate()
    f.seek(0)
    print(f.read())

# newlines
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(p) as f:
    print(repr(f.read()), f.newlines)
with open(p) as f:
    print(list(f))
with open(p, newline="") as f:
    print(list(f))
with open(p, newline="\n") as f:
    print(list(f))
with open(p, newline="\r") as f:
    print(list(f))
with open(p, newline="\r\n") as f:
    print(list(f))
with open(p, "w", newline="\r\n") as f:
    f.write("1\n2\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", newline="\r") as f:
    f.write("1\n2\n")
with open(p, "rb") as f:
    print(f.read())

# text characters and decoding
with open(p, "w", encoding="utf-8") as f:
    print(f.write("h\u00e9\u20ac\U0001f600!"))
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read()))
with open(p, "wb") as f:
    f.write(b"ok\xffno\n")
show("strict", lambda: open(p).read())
with open(p, errors="replace") as f:
    print(repr(f.read()))
with open(p, errors="ignore") as f:
    print(repr(f.read()))
with open(p, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)

# errors
missing = os.path.join(d, "missing")
try:
    open(missing)
except FileNotFoundError as e:
    print(e.errno, e.filename == missing, str(e) == "[Errno 2] No such file or directory: %r" % missing)
show("dir", lambda: open(d))
show("rw", lambda: open(p, "rw"))
show("rr", lambda: open(p, "rr"))
show("z", lambda: open(p, "z"))
show("bt", lambda: open(p, "bt"))
show("+", lambda: open(p, "+"))
show("enc", lambda: open(p, "rb", encoding="utf-8"))
show("nl", lambda: open(p, "rb", newline=""))
show("unbuf", lambda: open(p, "r", buffering=0))
show("badnl", lambda: open(p, newline="x"))
show("badenc", lambda: open(p, encoding="nope"))
show("type", lambda: open(3.5))
with open(p, "w") as f:
    show("not readable", f.read)
    show("write bytes", lambda: f.write(b"x"))
with open(p) as f:
    show("not writable", lambda: f.write("x"))
with open(p, "rb") as f:
    show("b not writable", lambda: f.write(b"x"))
with open(p, "wb") as f:
    show("b not readable", f.read)
    show("write str", lambda: f.write("x"))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# closed files
f = open(p)
f.close()
f.close()
print(f.closed)
for name in ["read", "readline", "readlines", "tell", "fileno", "isatty", "readable", "seekable"]:
    show("closed " + name, getattr(f, name))
show("closed next", lambda: next(f))
show("closed iter", lambda: iter(f))
show("closed seek", lambda: f.seek(0))
show("closed with", lambda: f.__enter__())
g = open(p, "w")
g.close()
show("closed write", lambda: g.write("x"))
show("closed flush", g.flush)
h = open(p, "rb")
h.close()
show("closed b read", h.read)
show("closed b seek", lambda: h.seek(0))

# fileno, isatty, buffered writes reach the file on flush and close
f = open(p, "w")
print(isinstance(f.fileno(), int), f.isatty())
f.write("buffered")
f.flush()
print(repr(open(p).read()))
f.write(" more")
f.close()
print(repr(open(p).read()))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print("done")
