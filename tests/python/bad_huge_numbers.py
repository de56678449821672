x = 10 ** 10000
print(x.bit_length(), x % 1000007)
try:
    str(x)
except ValueError as e:
    print('ValueError', str(e)[:40])
y = 2 ** 64
print(y * y, -y // 3, y ** 3 % 1000)
print(len(str(10 ** 4000)))
