# Integer arithmetic in loops.
N = 3_000_000
def main():
    total = 0
    for i in range(N):
        total += (i * 7 + 3) % 11 - (i >> 2 & 5)
    x = 1
    for i in range(N // 3):
        x = (x * 31 + i) % 1_000_003
    print(total, x)
main()
