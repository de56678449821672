# super() in classmethods, properties, __new__, explicit two-argument form, errors.
class Base:
    created = []
    def __new__(cls, *a):
        Base.created.append(cls.__name__)
        return super().__new__(cls)
    def __init__(self, v): self.v = v
    @classmethod
    def make(cls): return "Base.make(%s)" % cls.__name__
    @property
    def label(self): return "base-label"
    def __repr__(self): return "Base(%r)" % self.v
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 10)
    @classmethod
    def make(cls): return "Child>" + super().make()
    @property
    def label(self): return "child>" + super().label
    def __repr__(self): return "Child/" + super().__repr__()
c = Child(2)
print(c, c.v, Child.make(), c.label, Base.created)
print(super(Child, c).__repr__(), super(Child, Child).make())
sp = super(Child, c)
print(type(sp).__name__, sp.label)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, Child(1)).__repr__()
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().foo()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class NoParent:
    def m(self): return super().m()
try:
    NoParent().m()
except AttributeError as e:
    print(type(e).__name__, e)
class Str(str):
    def upper(self): return "<" + super().upper() + ">"
print(Str("abc").upper(), super(Str, Str("x")).upper())
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, len(l))
class Attr:
    x = "Attr.x"
class AttrChild(Attr):
    x = "AttrChild.x"
    def both(self): return self.x, super().x
print(AttrChild().both())
class Deep1:
    def who(self): return ["Deep1"]
class Deep2(Deep1):
    def who(self): return ["Deep2"] + super().who()
class Deep3(Deep2):
    def who(self):
        inner = lambda: super(Deep3, self).who()
        return ["Deep3"] + inner()
print(Deep3().who())
class K:
    def method(self):
        return [super().__class__.__name__, super().__thisclass__.__name__ if hasattr(super(), "__thisclass__") else "-"]
print(K().method())
