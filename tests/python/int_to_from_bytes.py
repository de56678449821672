# int.to_bytes / int.from_bytes with byte orders, signedness and errors.
for n in [0, 1, 255, 256, 65535, 2 ** 31, 10 ** 12]:
    nbytes = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(nbytes, "big")
    print(n, b, n.to_bytes(nbytes, "little"), int.from_bytes(b, "big"), int.from_bytes(b, "little"))
for n in [-1, -128, -129, 127, -(2 ** 15)]:
    b = n.to_bytes(2, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print((1024).to_bytes(4, byteorder="little"), int.from_bytes(b"\x00\x04", byteorder="big"))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True))
print((5).to_bytes(), (255).to_bytes(1), int.from_bytes(b"\x80", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
big = 2 ** 100 + 12345
rt = int.from_bytes(big.to_bytes(13, "big"), "big")
print(rt == big, big.to_bytes(13, "little").hex(), len(big.to_bytes(20, "big")))
print((-(2 ** 100)).to_bytes(13, "big", signed=True).hex())
print([int.from_bytes(bytes([i]), "big", signed=True) for i in (0, 1, 127, 128, 255)])
print((3).as_integer_ratio(), (-7).numerator, (7).denominator, (5).real, (5).imag, (5).conjugate())
print(int.bit_length(1023), int.bit_count(1023), (2 ** 64).bit_length(), (0).bit_count())
