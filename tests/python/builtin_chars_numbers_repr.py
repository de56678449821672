# bin, hex, oct, chr, ord, ascii, repr, str on assorted values.
for n in [0, 7, -7, 2 ** 70, True]:
    print(bin(n), oct(n), hex(n))
print([chr(c) for c in [65, 97, 48, 32, 233, 8364, 128013, 0x10FFFF][:7]], repr(chr(0x10FFFF)))
print([ord(c) for c in "Aa0 é€🐍"], ord(b"A"), ord(bytearray(b"z")))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: chr("a"), lambda: chr(1.5), lambda: chr(-5), lambda: bin(1.0), lambda: hex("1")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ascii("plain"), ascii("é"), ascii("日本"), ascii("🐍"), ascii(["ü", 1]), ascii(b"\xff"), ascii("\n"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\t\r\x1b"), repr("\u0300"), repr("\ufeff"))
print(repr(1), repr(1.0), repr(-0.0), repr(True), repr(None), repr(...), repr(NotImplemented), repr(1e100))
print(repr([1, "a", (2,), {"k": None}]), repr({1, 2}), repr(frozenset({3})), repr(b"a'b"), repr(bytearray(b"x")))
print(str(1.0), str("s"), str(b"b"), str([1, "a"]), str(None), str(type), str(int), str(ValueError("m")))
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr!"
print(repr(Both()), str(Both()), str(OnlyRepr()), [Both()], (OnlyRepr(),), "%s %r" % (Both(), Both()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr("x")), str(str), repr(str), repr(len), repr(print)[:30])
print(int.__name__, repr(type(None)), repr(type(...)), repr(object))
