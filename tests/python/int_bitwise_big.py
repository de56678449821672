# Bitwise operations on negative and big ints; shifts; bit_length.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
big = (1 << 100) + 12345
print(big & 0xFFFF, big | 1, big ^ big, (big >> 90), -big >> 95, -big & 0xFF)
print(1 << 0, 1 << 64, -1 << 70, 5 >> 10, -5 >> 10, -1 >> 1000)
for bad in [(1, -1), (1, -100)]:
    try:
        print(bad[0] << bad[1])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
for n in [0, 1, -1, 7, 8, -8, 255, 256, 2 ** 64, -(2 ** 64), 10 ** 50]:
    print(n.bit_length(), end=" ")
print()
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
masks = [1 << i for i in range(0, 70, 10)]
print(masks)
acc = 0
for m in masks:
    acc |= m
print(acc, bin(acc).count("1"))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1011
print(x & -x, x & (x - 1), x ^ (x >> 1))
print((-(2 ** 65)) & (2 ** 66 - 1), (2 ** 65) | -(2 ** 3))
