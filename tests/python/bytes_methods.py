# bytes methods mirroring str methods.
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hel"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.split(), b.split(b","), b.strip().split(b" ", 1), b.rsplit(maxsplit=1))
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.count(b"l"), b.count(ord("o")), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]))
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"abc".center(7, b"*"), b"7".zfill(3))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"Ab".islower())
print(b"a\nb\r\nc".splitlines(), b"a\tb".expandtabs(4), b"AbC".ljust(5, b"-"), b"AbC".rjust(5))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"hello".translate(None, b"l"))
tbl = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(tbl), len(tbl))
print(b"\xc3\xa9t\xc3\xa9".decode(), b"abc".decode("ascii"), bytes.fromhex("4142").decode())
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(b"xyz")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b"%s and %s" % (b"this", b"that"), b"%05d|%-4s|" % (42, b"ab"), b"%c%c" % (65, b"B"))
