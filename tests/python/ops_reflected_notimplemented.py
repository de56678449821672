# Binary operators: reflected methods, NotImplemented, subclass priority.
class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return "M(%r)" % (self.v,)
    def __add__(self, o):
        if isinstance(o, M): return M(self.v + o.v)
        if isinstance(o, int): return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int): return M(o + self.v + 1000)
        return NotImplemented
    def __sub__(self, o):
        return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o):
        return M(o - self.v)
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return "rmul(%r)" % (o,)
print(M(1) + M(2), M(1) + 5, 5 + M(1))
print(M(10) - 3, 3 - M(10))
print(3 * M(2))
try:
    M(2) * 3
except TypeError as e:
    print(type(e).__name__, e)
print(sum([M(1), M(2)], M(0)), sum([M(1), M(2)]))
try:
    M(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + M(1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(M):
    def __radd__(self, o): return "Sub.radd"
    def __rsub__(self, o): return "Sub.rsub"
print(M(1) + Sub(2), M(1) - Sub(2))
class Other:
    def __radd__(self, o): return "Other.radd(%r)" % (o,)
    def __rpow__(self, o): return "rpow"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rmatmul__(self, o): return "rmatmul"
o = Other()
print(1 + o, [1] + o, 2 ** o, 1 / o, 1 // o, 1 % o, 1 << o)
print(1 & o, 1 | o, 1 ^ o, 1 @ o)
try:
    o + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    o @ o
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __eq__(self, o): return NotImplemented
a, b = Cmp(), Cmp()
print(a == a, a == b, a != b)
try:
    1 < Cmp()
except TypeError as e:
    print(type(e).__name__, e)
