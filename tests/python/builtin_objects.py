class C:
    a = 1
    def __init__(self): self.b = 2
c = C()
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", None), hasattr(c, "a"), hasattr(c, "zz"))
setattr(c, "d", 4); print(c.d); delattr(c, "d"); print(hasattr(c, "d"))
print(isinstance(c, C), isinstance(1, (str, int)), issubclass(bool, int), issubclass(C, object), callable(C), callable(c))
print(sorted(vars(c)), "a" in dir(C), "b" in dir(c), id(c) == id(c), hash(1) == hash(1.0) == hash(True))
print(type(c).__name__, C.__name__, c.__class__ is C, type("N", (C,), {"x": 9})().x, object().__class__.__name__)
print(len(globals()) > 0, "c" in globals(), (lambda: locals())(), eval("1 + 2"), eval("a * 2", {"a": 21}))
ns = {}
exec("x = 5\ny = x * 2", ns)
print(ns["y"], __name__, __import__("sys").maxsize > 2 ** 31)
for bad in [lambda: getattr(c, "nope"), lambda: setattr(1, "x", 2), lambda: isinstance(1, 2)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
