# Assorted library-facing behaviour of the runtime's types.
import abc, copy, re, struct, threading, types, weakref, collections

# type(name, bases, ns) is made by the most derived metaclass's __new__.
Shape = type("Shape", (abc.ABC,), {"area": abc.abstractmethod(lambda self: 0)})
print(type(Shape).__name__, Shape.__abstractmethods__)
try: Shape()
except TypeError as e: print("TypeError:", e)
Square = type("Square", (Shape,), {"area": lambda self: 4})
print(Square().area(), type(Square).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta): pass
Derived = type("Derived", (Base,), {})
print(type(Derived).__name__, Derived.made_by)
class OtherMeta(type): pass
class Other(metaclass=OtherMeta): pass
try: type("Both", (Base, Other), {})
except TypeError as e: print("TypeError:", e)

# classmethod / staticmethod report an abstract function.
class A(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
    @property
    @abc.abstractmethod
    def size(self): ...
print(sorted(A.__abstractmethods__), A.__dict__["make"].__isabstractmethod__, A.__dict__["helper"].__isabstractmethod__)
print(classmethod(len).__isabstractmethod__, staticmethod(print).__isabstractmethod__)
def f():
    "doc of f"
cm = classmethod(f)
print(cm.__name__, cm.__qualname__, cm.__doc__, cm.__wrapped__ is f, staticmethod(f).__name__)

# Native types name their module.
print(re.Match, type(re.match("a", "a")).__name__, re.Match.__module__, type(list[int]), type(list[int]).__name__)
print(weakref.ReferenceType, weakref.ReferenceType.__name__, weakref.ReferenceType.__module__)
print(int.__module__, int.__qualname__, collections.deque.__module__)

# Objects whose state is native cannot be copied.
for obj in (threading.Lock(), threading.RLock()):
    for func in (copy.copy, copy.deepcopy):
        try: func(obj)
        except TypeError as e: print("TypeError:", e)
class Plain: pass
p = Plain(); p.x = [1]
q = copy.deepcopy(p)
print(q.x, q.x is not p.x, type(copy.copy(object())).__name__)

# MappingProxyType.
d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("b", 2), repr(mp))
d["b"] = 2
print(dict(mp), mp == d, sorted(mp.items()))
try: mp["c"] = 3
except TypeError as e: print("TypeError:", e)
for bad in ([1], 5):
    try: types.MappingProxyType(bad)
    except TypeError as e: print("TypeError:", e)
class D(dict): pass
print(types.MappingProxyType(D(x=1))["x"])

# struct's range errors.
for fmt, v in [('<q', 2**63), ('<Q', 2**64), ('<Q', -1), ('<i', 2**31), ('@P', -1), ('@P', 2**64), ('<h', 2**15), ('<b', 128), ('@q', 2**63)]:
    try: print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e: print(fmt, type(e).__name__, e)
