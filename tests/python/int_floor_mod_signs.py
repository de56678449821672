# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print("%3d %3d | %3d %3d | %3d %3d | %s" % (a, b, a // b, a % b, q, r, q * b + r == a))
big = 10 ** 30 + 7
for a, b in [(big, 13), (-big, 13), (big, -13), (-big, -big + 1)]:
    print(a // b, a % b)
print(divmod(10 ** 20, 3), divmod(-(10 ** 20), 7))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 0.5), (-1e-300, 1.0)]:
    print(a // b, a % b, divmod(a, b))
print(5 % -0.0 if False else "skip", -0.0 % 5, 0.0 % -5)
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0.0)", "1 / 0", "1.0 / 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(True // 2, True % 2, -True // 2, False % 3)
print(7 // True, -7 % True)
print((-3) // 2 * 2 + (-3) % 2)
print(10 ** 18 // -1, -(10 ** 18) % -1)
print(-(2 ** 63) // -1, (2 ** 64) // (2 ** 32), (2 ** 64 - 1) % (2 ** 32))
