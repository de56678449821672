print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10, 1.0, -0.0, 3.14e100)
print(float("inf"), -float("inf"), float("nan") != float("nan"), float("1e309"))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2), 2.0 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(round(3.14159, 3), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), float(10 ** 20))
print(1.5.is_integer(), (2.0).is_integer(), float("  -2.5e3 "), int(2.9e3), 1e3 == 1000)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
