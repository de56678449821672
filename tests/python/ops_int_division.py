pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(-2, 3, 7), 10 ** 20)
print(1 << 70, -1 >> 3, 255 & 15, 5 | 2, 6 ^ 3, ~7)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
