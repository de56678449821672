import collections

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        print("prepare", mcs.__name__, name, bases, sorted(kwds))
        return Recording()
    def __new__(mcs, name, bases, ns, **kwds):
        print("new", type(ns).__name__, ns.order)
        return super().__new__(mcs, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self):
        return __class__
    y = 2

print(A.x, A.y, A().f() is A, A.__doc__)
print(type.__prepare__("X", ()), callable(type.__prepare__))

# The namespace is used for name lookups in the body too.
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)

class M2(type):
    def __prepare__(name, bases):
        return Defaulting()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)

class B(metaclass=M2):
    v = auto_one
    w = len("abc")
print(B.v, B.w)

class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError", e)

# A mapping that is not a dict: type.__new__ refuses it.
class Plain:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
class M3(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Plain()
try:
    class E(metaclass=M3):
        a = 1
except TypeError as e:
    print("TypeError", e)

class M4(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Plain()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns.d))
class F(metaclass=M4):
    a = 1
    b = a + 1
print(F.a, F.b)

# An inherited metaclass's __prepare__ runs for subclasses.
class G(A):
    z = 3
print(G.z, type(G).__name__)

# __eq__ without __hash__ through a metaclass.
class H(metaclass=Meta):
    def __eq__(self, o): return True
print(H.__hash__)

# A function as the metaclass: no __prepare__.
def fmeta(name, bases, ns):
    print("fmeta", name, sorted(k for k in ns if not k.startswith("__")))
    return 42
class I(metaclass=fmeta):
    q = 1
print(I)
