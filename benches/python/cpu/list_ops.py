# List-heavy code: append, index, sort, comprehensions, slicing.
N = 1_000_000
def main():
    xs = []
    for i in range(N):
        xs.append((i * 7919) % 10007)
    ys = [x * 2 for x in xs if x % 3]
    t = 0
    for i in range(0, len(ys), 3):
        t += ys[i]
    xs.sort()
    zs = sorted(ys, reverse=True)[:10]
    print(t, xs[0], xs[-1], len(ys), zs[0], sum(xs[::100]))
main()
