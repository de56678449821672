# io.StringIO: reading, writing, seeking, truncating, iteration
import io

s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.tell())
s.writelines(['a\n', 'b\n', 'c'])
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.readline()), s.tell())
print(s.readlines(), repr(s.read()), repr(s.readline()))
s.seek(0)
print([line for line in s])
s = io.StringIO('line1\nline2\nline3')
print(s.tell(), repr(s.read(0)), repr(s.read(100)), s.read())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(20)
s.write('!')
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
s = io.StringIO('a\nbb\nccc\n')
print(s.readline(1), s.readline(), s.readlines(3), s.readlines())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1), s.readable(), s.writable(), s.seekable())
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
for op in [lambda: f.read(), lambda: f.write('x'), lambda: f.getvalue(), lambda: f.seek(0), lambda: f.tell()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
g = io.StringIO()
for op in [lambda: g.write(5), lambda: g.seek(-1), lambda: g.seek(1, 1), lambda: g.seek(1, 2),
           lambda: g.seek(0, 3), lambda: g.truncate(-1), lambda: io.StringIO(b'x')]:
    try:
        op()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(repr(io.StringIO('a\r\nb', newline=None).getvalue()), repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
print(isinstance(io.StringIO(), io.TextIOBase), io.SEEK_END)
