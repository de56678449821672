# type() as a class factory and simple metaclasses.
X = type("X", (), {"a": 1, "hello": lambda self: "hi from " + type(self).__name__})
x = X()
print(X.__name__, X.a, x.hello(), type(x) is X, type(X) is type, isinstance(X, type))
Y = type("Y", (X,), {"b": 2})
print(Y.a, Y.b, Y().hello(), [c.__name__ for c in Y.__mro__])
print(type(1).__name__, type("s") is str, type(type) is type, type(None).__name__, type(len).__name__)
try:
    type("Z", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        ns["fields"] = sorted(k for k in ns if not k.startswith("_"))
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return "class " + cls.__name__
class Model(metaclass=Meta):
    x = 1
    def method(self): pass
    def __init__(self, v): self.v = v
m = Model(5)
print(m.v, Model.created_by, Model.fields, Model.describe(), type(Model).__name__)
class Child(Model):
    y = 2
print(Child.fields, type(Child).__name__, Child(7).v)
try:
    m.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class One(Base): pass
class Two(One): pass
print(Registry.classes)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): self.n = 0
c1 = Config(); c1.n += 1
c2 = Config(); c2.n += 1
print(c1 is c2, c2.n)
class WithPrepareKw(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Opt(metaclass=WithPrepareKw, debug=True, level=3): pass
print(sorted(Opt.options.items()))
