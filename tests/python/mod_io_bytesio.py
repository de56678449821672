# io.BytesIO: reading, writing, seeking, truncating, iteration
import io

b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world\n')), b.tell())
b.writelines([b'x\n', b'y'])
print(b.getvalue(), b.tell())
print(b.seek(0), b.read(5), b.readline(), b.readline(), b.read(), b.read())
b.seek(0)
print(list(b), b.readlines())
b = io.BytesIO(b'abcdef')
print(b.read(2), b.tell(), b.seek(-2, 2), b.read(), b.seek(-10, 1), b.tell())
b.seek(3)
b.write(b'XYZW')
print(b.getvalue())
b.seek(10)
b.write(b'!')
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue())
b = io.BytesIO(b'1\n22\n333')
print(b.readline(1), b.readline(), b.readlines(), b.read1(5) if hasattr(b, 'read1') else b'')
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)
with io.BytesIO(b'ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
for op in [lambda: f.read(), lambda: f.getvalue(), lambda: f.write(b'x')]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
g = io.BytesIO()
for op in [lambda: g.write('str'), lambda: g.write(5), lambda: g.seek(-1), lambda: g.seek(0, 5),
           lambda: g.truncate(-2), lambda: io.BytesIO('text')]:
    try:
        op()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), g.readable(), g.writable(), g.seekable())
