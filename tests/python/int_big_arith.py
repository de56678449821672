# Arbitrary precision arithmetic.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50)
print(f50 // fact(48), f50 % 1000003, len(str(fact(300))))
a = 2 ** 200 - 1
b = 3 ** 120 + 11
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(b * b // b == b, (a * b) // a == b, (a * b) % a)
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 25)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x.bit_length())
print(10 ** 40 == 10 ** 40, 10 ** 40 < 10 ** 40 + 1, -(10 ** 40) < 1)
print(abs(-(10 ** 30)), int(-(10 ** 30) / 10 ** 28), 10 ** 30 / 10 ** 29)
print(float(2 ** 1000) > 1e300, 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53) == 2 ** 53)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 2000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 2000 // 2 ** 1990, (2 ** 2000) / (2 ** 1990))
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p
print(gcd(fact(30), 2 ** 40 * 3 ** 7), gcd(10 ** 40 + 1, 10 ** 20 + 1))
print(hex(2 ** 100), int("9" * 50) + 1 == 10 ** 50)
print(round(10 ** 20 + 5, -1), round(123456789012345678901234567890, -10))
