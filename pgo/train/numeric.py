# PGO training: int and float arithmetic, list-based matrices, a sieve,
# big ints.


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


def mandel(w, h, limit):
    count = 0
    for y in range(h):
        ci = y * 2.0 / h - 1.0
        for x in range(w):
            cr = x * 3.0 / w - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            if i == limit:
                count += 1
    return count


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        b = n
        x, y = a, b
        while y:
            x, y = y, x % y
        s += x
    return s


m = [[(i * j) % 7 + 1.5 for j in range(40)] for i in range(40)]
print(round(matmul(m, m)[3][5], 3))
print(mandel(120, 80, 60))
primes = sieve(300000)
print(len(primes), primes[-1])
print(gcd_sum(200000))
f = 1
for i in range(1, 600):
    f *= i
print(len(str(f)), f % 1000003, divmod(f, 10 ** 50)[1] % 97)
