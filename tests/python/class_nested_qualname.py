# Nested classes, __qualname__, __module__, class attributes and __dict__.
class Outer:
    class Inner:
        class Deepest:
            def m(self): pass
    def method(self):
        class Local: pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.m.__qualname__, Outer().method().__qualname__, Outer.__module__)
print(Outer.Inner.__name__, type(Outer.Inner()).__name__)
class Doc:
    """Class docstring."""
    x = 1
    def f(self): return self.x
print(Doc.__doc__, "x" in Doc.__dict__, "f" in Doc.__dict__, "__init__" in Doc.__dict__)
print(sorted(k for k in Doc.__dict__ if not k.startswith("__")))
d = Doc()
print(d.__dict__, vars(d))
d.x = 5
print(d.__dict__, Doc.x, d.f(), Doc.f(d), type(Doc.__dict__).__name__)
try:
    Doc.__dict__["y"] = 1
except TypeError as e:
    print(type(e).__name__, e)
d.__dict__["z"] = 9
print(d.z)
Doc.added = staticmethod(lambda: "added later")
print(d.added(), Doc.added())
class Empty: pass
e = Empty()
print(e.__class__.__name__, Empty.__bases__[0].__name__, Empty.__doc__, repr(Empty.__name__))
e.__class__ = Doc
print(type(e).__name__, e.f())
class Base: pass
print(Empty.__subclasses__(), [c.__name__ for c in Base.__subclasses__()])
class S1(Base): pass
class S2(Base): pass
print([c.__name__ for c in Base.__subclasses__()])
class WithClassAttrList:
    shared = []
    def add(self, v): self.shared.append(v)
p, q = WithClassAttrList(), WithClassAttrList()
p.add(1); q.add(2)
print(WithClassAttrList.shared, p.shared is q.shared)
