# round() with banker's rounding and ndigits; float arithmetic.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]])
print(round(3.14159, 2), round(3.14159, 0), round(1234.5678, -2), round(-1234.5678, -1))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(14, -1), round(7, 2))
print(round(1e20, -21), round(123.456, 10), round(0.0), round(-0.0, 1))
print(7.0 / 2, 7 / 2, -7 / 2, 7 // 2.0, -7 // 2.0, 7.5 % 2, -7.5 % 2)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 0.5 + 0.25 == 0.75)
print(1e-16 + 1.0 == 1.0, sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(3 * 0.1, 0.1 * 3 == 0.3, 1.0 - 0.9)
print(2 ** 0.5 * 2 ** 0.5, 10 ** 0.5, 27 ** (1 / 3))
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate())
print(int(1.9999999999999999), int(0.9999999999999999))
print(1.5 == 3 / 2, 1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(abs(-2.5), -abs(2.5), max(0.1, 1 / 10), min([2.0, 1, 1.0]))
print(1 < 1.5 < 2, 10 ** 20 > 1e19, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, round(x, 10))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1e-7:.3e} {1234.5:g} {0.00001:g}")
