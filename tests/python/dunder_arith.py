class M:
    def __init__(self, v): self.v = v
    def __add__(self, o): return M(self.v + (o.v if isinstance(o, M) else o))
    __radd__ = __add__
    def __sub__(self, o): return M(self.v - o.v) if isinstance(o, M) else NotImplemented
    def __mul__(self, k): return M(self.v * k)
    def __rmul__(self, k): return M(self.v * k * 100)
    def __truediv__(self, k): return M(self.v / k)
    def __floordiv__(self, k): return M(self.v // k)
    def __mod__(self, k): return M(self.v % k)
    def __pow__(self, k): return M(self.v ** k)
    def __neg__(self): return M(-self.v)
    def __abs__(self): return M(abs(self.v))
    def __eq__(self, o): return isinstance(o, M) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __hash__(self): return hash(self.v)
    def __bool__(self): return self.v != 0
    def __int__(self): return int(self.v)
    def __index__(self): return int(self.v)
    def __repr__(self): return f"M({self.v})"
a, b = M(6), M(4)
print(a + b, a + 1, 1 + a, a - b, a * 2, 2 * a, a / 4, a // 4, a % 4, a ** 2, -a, abs(M(-3)))
print(a == M(6), a != b, a < b, a <= b, a > b, a >= b, bool(M(0)), int(M(7.9)), [0, 1, 2][M(1)], hex(M(255)))
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
print(sorted([M(3), M(1)]), {M(1): "one"}[M(1)], sum([M(1), M(2)], M(0)))
