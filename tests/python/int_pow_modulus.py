# pow with and without modulus, negative exponents, big results.
print(pow(2, 10), 2 ** 100, pow(3, 0), 0 ** 0, pow(0, 0, 7) if True else 0)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(7, 100, 1), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(2, -1, 11), pow(10, -2, 17), pow(38, -1, 97))
for a, b, m in [(2, -1, 4), (2, 1, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(pow(a, b, m))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(2 ** -1, 2 ** -3, (-2) ** -2, 10 ** -5, type(2 ** -1).__name__)
print((-8) ** 3, (-1) ** 1001, (-1) ** 1000)
r = (-8) ** (1 / 3)
print(type(r).__name__, round(r.real, 6), round(r.imag, 6))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2.0 ** 10, 4 ** 0.5, 2 ** 0.5, 1.5 ** 2)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(len(str(7 ** 500)), str(3 ** 100)[:10], 2 ** 64 - 1)
print(pow(2, 64) == 1 << 64, pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
x = 2
x **= 5
print(x, -2 ** 2, (-2) ** 2)
print(pow(True, 5), pow(5, True), pow(2, 3, True))
