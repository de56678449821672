def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
row = [1]
for _ in range(8):
    print(" ".join(map(str, row)).center(40).rstrip())
    row = [a + b for a, b in zip([0] + row, row + [0])]
