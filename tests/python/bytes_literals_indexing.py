# bytes literals, repr escapes, indexing gives ints, slicing gives bytes.
b = b"hello\x00\xff\n\t'\"\\"
print(b, len(b), repr(b))
print(b[0], b[-1], b[1:3], b[::-1][:3], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b"abc"), bytes([104, 105]), bytes(3), bytes(range(65, 70)), bytes(b"copy"))
print(b"a'b", b'a"b', b"a'b\"c", rb"\x41", br"raw\n")
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" + b"cd", b"ab" * 3, b"" == bytes())
print(b"abc" == "abc", b"a" in b"cat", 99 in b"cat", b"at" in b"cat")
for x in b"hi!":
    print(x, chr(x), end="; ")
print()
print(bytes([0, 127, 128, 255]), bytes("é€", "utf-8"), b"\x7f\x80")
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"x") == hash(b"x"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]))
print(str(b"xy"), repr(b""), bytes(b"\x00" * 3), b"%d-%s" % (5, b"x"), b"%r" % b"q" if False else b"%x" % 255)
