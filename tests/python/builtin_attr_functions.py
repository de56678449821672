# getattr, setattr, delattr, hasattr, vars, dir on objects, classes and modules.
class Cfg:
    level = 1
    def __init__(self): self.name = "cfg"
c = Cfg()
print(getattr(c, "name"), getattr(c, "level"), getattr(c, "nope", None), getattr(Cfg, "level"))
setattr(c, "level", 5)
setattr(c, "dynamic attr with spaces", True)
print(c.level, Cfg.level, getattr(c, "dynamic attr with spaces"), sorted(vars(c)))
delattr(c, "level")
print(c.level, hasattr(c, "level"), hasattr(c, "name"), hasattr(Cfg, "name"))
delattr(Cfg, "level")
print(hasattr(c, "level"), hasattr(Cfg, "level"))
for bad in [lambda: delattr(c, "level"), lambda: getattr(c, "missing"), lambda: setattr(c, 1, 2), lambda: getattr(c), lambda: hasattr(c, None)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(vars(c) is c.__dict__, sorted(k for k in vars(Cfg) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
d = dir(c)
print("name" in d, "__init__" in d, d == sorted(d), "__class__" in d)
class Custom:
    def __dir__(self): return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def f(): pass
f.attr = 1
print("attr" in dir(f), vars(f))
import sys
print(getattr(sys, "maxsize") == sys.maxsize, hasattr(sys, "argv"), "argv" in dir(sys), "path" in vars(sys))
names = ["alpha", "beta", "gamma"]
obj = Cfg()
for i, n in enumerate(names):
    setattr(obj, n, i * 10)
print([getattr(obj, n) for n in names], sorted(vars(obj).items()))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
setattr(s, "a", 1)
print(getattr(s, "a"), hasattr(s, "b"), "a" in dir(s))
class Hooked:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("not an AttributeError")
        raise AttributeError(name)
try:
    hasattr(Hooked(), "boom")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
print(hasattr(Hooked(), "quiet"))
