class Temp:
    def __init__(self, c): self._c = c
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @property
    def f(self): return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def unit(): return "C"
t = Temp(25); print(t.c, t.f, Temp.from_f(212).c, Temp.unit(), t.unit())
t.c = 0; print(t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Rec:
    n = Typed(int)
r = Rec(); r.n = 5; print(r.n, type(Rec.n).__name__)
try:
    r.n = "x"
except TypeError as e:
    print("TypeError:", e)
