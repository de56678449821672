a = 2 ** 100
b = 3 ** 50
print(a, b, a * b, a // b, a % b, -a // 7, a - b * 10 ** 5)
print(a.bit_length(), hex(a), bin(b)[:20], oct(2 ** 40))
print(int("123456789012345678901234567890") + 1)
print(int("-ff", 16), int("0b1011", 0), int("0o17", 0), int("z", 36), int(" 42 "), int("1_000"))
f = 1
for i in range(1, 30):
    f *= i
print(f, f % 1000007, len(str(f)))
print(abs(-a) == a, -(-a) == a, a == 2 ** 100, hash(2 ** 100) == hash(a))
