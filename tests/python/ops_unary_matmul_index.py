# Unary operator dunders, @, and __index__ use.
class Q:
    def __init__(self, v): self.v = v
    def __neg__(self): return Q(-self.v)
    def __pos__(self): return Q(abs(self.v))
    def __invert__(self): return Q(~self.v)
    def __abs__(self): return "abs%d" % self.v
    def __matmul__(self, o): return Q(self.v * o.v + 1)
    def __imatmul__(self, o):
        self.v = 0
        return self
    def __repr__(self): return "Q(%d)" % self.v
q = Q(5)
print(-q, +Q(-3), ~q, abs(q), q @ Q(2))
q @= Q(1)
print(q)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q(1) @ 2
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(-True, ~True, ~False, +True, -0.0, -(-0.0))
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(1):Idx(4)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print([0] * Idx(3), "ab" * Idx(2), (1, 2)[Idx(0)])
print(int(Idx(7)) if hasattr(int, "__index__") else None)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = "a"
    "abc"[k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
