# __slots__: restricted attributes, inheritance, conflicts, no __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(p.y)
class Child(P):
    pass
c = Child(1)
c.z = 3
print(c.x, c.z, hasattr(c, "__dict__"), vars(c))
class Strict(P):
    __slots__ = ("w",)
s = Strict(1)
s.w = 2
try:
    s.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(s.x, s.w)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Single:
    __slots__ = "only"
o = Single()
o.only = "yes"
print(o.only, Single.__slots__)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Defaults:
    __slots__ = ("a", "b")
    def __init__(self, a=1, b=2):
        self.a, self.b = a, b
    def __repr__(self): return "Defaults(a=%r, b=%r)" % (self.a, self.b)
print([Defaults(), Defaults(b=9)], sorted(Defaults.__slots__))
