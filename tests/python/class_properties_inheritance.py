class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def helper(): return "static"
class Child(Base):
    @property
    def v(self): return super().v * 10
c = Child.create()
print(type(c).__name__, c.v, c.helper(), Child.helper())
try:
    c.v = 5
except AttributeError as e:
    print("AttributeError:", e)
b = Base.create(); b.v = 7; print(b.v)
print(isinstance(Base.__dict__["v"], property), type(Base.__dict__["create"]).__name__)
