# repr of floats is the shortest string that round-trips.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0,
        1e-4, 1e-5, 0.00001234, 1.5e-7, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        2.5, 1.25e100, 9007199254740993.0, 0.3, 3.14159, -2.0, -0.0, 0.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(float("1e500"), float("-1e500"), float("  3.5\n"), float("1_000.5"))
print(float("Infinity"), float("-iNF"), float("NaN"), float(".5"), float("5."), float("1e3"))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print([1.1 * i for i in range(1, 6)])
print(0.1 * 3, 0.7 + 0.1, 1.1 + 2.2, 3 * 1.1)
print(1 / 7, 22 / 7, 100 / 3, 1e300 * 1e10, -1e300 * 1e10)
print(float(10 ** 16), float(12345678901234567890), 1e-7, 0.0001)
print(str(1.0e-10), 123e4, 1.0e5 * 10, 12345678.9)
print(round(2.675, 2), 1.0 / 3 * 3, 4.35 * 100)
print((0.1).hex(), (1.0).hex(), float.fromhex("0x1.8p1"), (-0.5).hex())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
