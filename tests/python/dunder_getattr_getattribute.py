# __getattr__ (fallback) versus __getattribute__ (every lookup).
class Fallback:
    real = "real value"
    def __init__(self): self.inst = "instance"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no %r here" % name)
f = Fallback()
print(f.real, f.inst, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "other"))
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.log = []
        self.x = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def method(self): return "m"
l = Logged()
l.x; l.method(); getattr(l, "x")
try:
    l.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr caught " + name
b = Both()
print(b.boom, b.anything, b.__class__.__name__)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_target", target)
    def __getattr__(self, name): return getattr(self._target, name)
    def __setattr__(self, name, value): setattr(self._target, name, value)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
class Target: pass
t = Target()
pt = Proxy(t)
pt.color = "red"
print(t.color, pt.color, "color" in vars(pt))
class Recursive:
    def __getattr__(self, name):
        return self.__dict__.get("fallback", "none") + "/" + name
r = Recursive()
print(r.a, r.__dict__)
r.fallback = "fb"
print(r.b)
class Dunder:
    def __getattr__(self, name): return 42
d = Dunder()
print(d.whatever, d.__len__ if False else "skip")
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
