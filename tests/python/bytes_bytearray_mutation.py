# bytearray is a mutable sequence of ints.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyz123"
print(ba)
del ba[0]
del ba[-2:]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 64)
ba.remove(ord("1"))
print(ba)
ba.reverse()
print(ba, ba[::-1], bytes(ba[::-1]))
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba2 = bytearray(4)
print(ba2, bytearray(), bytearray([1, 2]), bytearray(range(3)), bytearray("ab", "ascii"))
for bad in [lambda: ba.append(256), lambda: ba.__setitem__(0, -1), lambda: ba.append("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
c = bytearray(b"abc")
d = c
c += b"def"
print(c, d is c, c * 2, c == b"abcdef", b"abcdef" == c)
c *= 2
print(c, len(c))
print(c.upper(), c.find(b"cd"), c.replace(b"abc", b"-"), c.count(b"a"))
c.clear()
print(c, len(c), bool(c))
m = bytearray(b"xyz")
print(bytes(m), m.decode(), m.hex(), m.copy() == m, m.copy() is m)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
