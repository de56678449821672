# __new__ and __init__: order, arguments, returning other types, immutables.
class Traced:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("init", a, b)
        self.a, self.b = a, b
t = Traced(1, b=3)
print(t.a, t.b)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(Other(), type(Other()).__name__)
class Base:
    def __init__(self): print("Base.init")
class ReturnsBase:
    def __new__(cls): return Base()
    def __init__(self): print("ReturnsBase.init skipped")
r = ReturnsBase()
print(type(r).__name__)
class Sub(Traced): pass
s = Sub(5)
print(type(s).__name__, s.a)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            inst.inits = 0
            cls._cache[key] = inst
        return cls._cache[key]
    def __init__(self, key):
        self.inits += 1
a1, a2, b1 = Cached("a"), Cached("a"), Cached("b")
print(a1 is a2, a1 is b1, a1.inits, b1.inits)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__, type(Pos(3) + 1).__name__)
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self): pass
try:
    InitOnly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
