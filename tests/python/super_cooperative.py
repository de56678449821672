# Cooperative multiple inheritance with super() and keyword arguments.
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", sorted(kw))
        super().__init__()
    def hello(self): return ["Base"]
class Named(Base):
    def __init__(self, name="?", **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
    def hello(self): return ["Named"] + super().hello()
class Aged(Base):
    def __init__(self, age=0, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
    def hello(self): return ["Aged"] + super().hello()
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
    def hello(self): return ["Person"] + super().hello()
p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age, p.hello(), [c.__name__ for c in Person.__mro__])
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B>" + super().f()
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(D().f(), B().f(), C().f())
print(super(B, D()).f(), super(C, D()).f(), super(D, D()).f())
class Logger:
    def log(self, msg): return [msg]
class Timestamp(Logger):
    def log(self, msg): return super().log("[t] " + msg)
class Upper(Logger):
    def log(self, msg): return super().log(msg.upper())
class Both(Timestamp, Upper): pass
class Both2(Upper, Timestamp): pass
print(Both().log("hi"), Both2().log("hi"))
class Mixin:
    def describe(self): return "mixin+" + super().describe()
class Core:
    def describe(self): return "core"
class Final(Mixin, Core): pass
print(Final().describe())
try:
    Mixin().describe()
except AttributeError as e:
    print(type(e).__name__, e)
