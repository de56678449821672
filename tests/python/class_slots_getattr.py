class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2); print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name): return f"<{name}>"
d = Dyn(); print(d.real, d.virtual, getattr(d, "other"))
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"): raise AttributeError("private")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
g = Guard(); g.a = 1; print(g.a)
try:
    g._b = 2
except AttributeError as e:
    print("AttributeError:", e)
del g.a; print(hasattr(g, "a"))
class Logged:
    def __getattribute__(self, name):
        if name == "secret": return "hidden"
        return object.__getattribute__(self, name)
l = Logged(); l.v = 4; print(l.v, l.secret)
