# bytes % args: %s/%b with bytes-likes and __bytes__, %c, %r/%a as ascii, mappings with bytes keys, errors.
print(b"%s|%d|%x|%c" % (b"bytes", 5, 255, 65))
print(b"%b %5s|%-5b|%.2s" % (b"a", b"bc", bytearray(b"d"), b"xyz"), b"%r %a" % ("\xe9", b"x"), b"%c%c" % (b"z", 200))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3}, b"%%|%05.1f|%e" % (2.25, 1e10), b"\xff%s" % b"\xfe")
class B:
    def __bytes__(self): return b"BB"
print(b"[%s]" % B(), b"%s" % memoryview(b"m") if False else b"")
for fmt, args in [(b"%s", 5), (b"%s", "str"), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%d", "x"), (b"%y", 1), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), ("%b", b"x")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
