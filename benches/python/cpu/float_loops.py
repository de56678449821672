# Float arithmetic in loops.
N = 3_000_000
def main():
    s = 0.0
    x = 0.5
    for i in range(N):
        x = x * 1.000001 + 0.000001
        s += x / (i + 1.0)
    print(round(s, 6), round(x, 6))
main()
