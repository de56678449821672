# Smaller introspection behaviours: mappingproxy methods, func.__call__, property's
# __get__/__set__/__delete__, bound-method hashing, AttributeError.obj, callable().
class C:
    """doc"""
    x = 1
    def m(self): return self.x
mp = C.__dict__
print(type(mp).__name__, len(mp) > 0, mp["x"], mp.get("nope", "dflt"), "m" in mp, "zz" in mp)
print(sorted(k for k in mp.keys() if not k.startswith("__")), [v for k, v in mp.items() if k == "x"])
print(type(mp.copy()).__name__, mp.copy()["x"], dict(mp)["x"], sorted(k for k in mp if k == "x"))
try:
    mp["x"] = 2
except TypeError as e:
    print(type(e).__name__, e)
def add(a, b=10): return a + b
print(add.__call__(1), add.__call__(1, b=2), callable(add.__call__))
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): self._v = -1
p = P()
prop = P.__dict__["v"]
print(prop.__get__(p), prop.__get__(None, P) is prop)
prop.__set__(p, 21); print(p.v)
prop.__delete__(p); print(p.v)
c1, c2 = C(), C()
d = {c1.m: "first", c2.m: "second"}
print(d[c1.m], d[c2.m], len({c1.m, c1.m, c2.m}), c1.m == c1.m, c1.m != c2.m)
try:
    c1.nothing_here
except AttributeError as e:
    print(e.name, e.obj is c1)
try:
    raise AttributeError("custom")
except AttributeError as e:
    print(e.name, e.obj)
print([callable(x) for x in (len, C, c1, c1.m, staticmethod(len), classmethod(len), property(), 3, "s")])
m = __import__("os", fromlist=["path"], level=0)
print(m.__name__)
