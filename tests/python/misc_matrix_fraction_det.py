# Exact determinants and inverses with a hand-written Fraction class.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("zero denominator")
        if d < 0: n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x): return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o): o = Frac.of(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = Frac.of(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Frac.of(o) - self
    def __mul__(self, o): o = Frac.of(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = Frac.of(o); return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o): o = Frac.of(o); return self.n == o.n and self.d == o.d
    def __bool__(self): return self.n != 0
    def __repr__(self): return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
def det(m):
    m = [[Frac.of(x) for x in row] for row in m]
    n, sign, result = len(m), 1, Frac(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c]), None)
        if p is None: return Frac(0)
        if p != c: m[c], m[p] = m[p], m[c]; sign = -sign
        result = result * m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return result * sign
def inverse(m):
    n = len(m)
    a = [[Frac.of(x) for x in row] + [Frac(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next(r for r in range(c, n) if a[r][c])
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]
        a[c] = [x / piv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]
mats = [[[2, 1], [1, 3]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]], [[0, 1, 2], [1, 0, 3], [4, -3, 8]], [[1, 2], [2, 4]],
        [[3, 0, 2, -1], [1, 2, 0, -2], [4, 0, 6, -3], [5, 0, 2, 0]]]
for m in mats:
    d = det(m)
    print("det", d, "inverse", inverse(m) if d else "singular")
hilbert = [[Frac(1, i + j + 1) for j in range(5)] for i in range(5)]
print(det(hilbert), inverse(hilbert)[0])
print(Frac(1, 3) + Frac(1, 6), 1 - Frac(1, 4), Frac(3, -9), Frac(2, 4) == Frac(1, 2), 2 * Frac(3, 4))
