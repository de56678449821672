# int() parsing with bases, prefixes, underscores, whitespace; bin/oct/hex.
print(int("42"), int("  -17  "), int("+8"), int("0"), int("-0"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("777", 8), int("101", 2), int("12", 3))
print(int("10", 0), int("0_0", 0), int("0x_ff", 0))
print(int(3.99), int(-3.99), int(True), int(1e20), int("٣"))
print(int(b"12"), int(bytearray(b"34")))
for s, b in [("abc", 10), ("12.5", 10), ("", 10), ("1 2", 10), ("9", 8), ("0x10", 10), ("010", 0),
             ("_1", 10), ("1__0", 10), ("2", 2), ("g", 16), ("0b", 0), ("  ", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], "1.0"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for n in [0, 1, 5, 255, -255, 2 ** 40, -1]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(12345), 0), int(hex(-999), 16), int(oct(64), 8))
print(format(255, "b"), format(255, "#o"), format(255, "X"), format(-255, "#x"))
print(0xFF, 0o777, 0b1111_0000, 1_0_0, 0xdead_beef)
