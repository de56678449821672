import io, sys
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.read())
s.seek(0); print(list(s)); s.seek(0, 2); s.write('\nmore'); print(repr(s.getvalue()))
w = io.StringIO(); print('a', 1, sep='-', file=w); w.write('x'); print(repr(w.getvalue()), w.closed); w.close(); print(w.closed)
try: w.write('y')
except ValueError as e: print(e)
b = io.BytesIO(b'abc'); b.seek(0, 2); b.write(b'def'); print(b.getvalue(), b.tell()); b.seek(1); print(b.read(2), b.read(), b.read())
b2 = io.BytesIO(); b2.write(b'12345'); b2.seek(2); b2.write(b'X'); print(b2.getvalue(), b2.truncate(3), b2.getvalue())
with io.StringIO() as buf:
    buf.write('ctx'); print(buf.getvalue())
print(isinstance(sys.stdout, io.TextIOBase) or True, hasattr(sys.stdout, 'write'), sys.stdout.write('direct\n'))
t = io.StringIO('a\r\nb'); print(repr(t.read()))
print(io.StringIO('x').readable(), io.BytesIO().writable(), io.BytesIO(b'q').getbuffer().tobytes() if hasattr(io.BytesIO, 'getbuffer') else b'q')
