# The special methods of built-in types live in their namespaces, where
# an MRO lookup finds them in CPython's order.
from enum import Enum, IntEnum, IntFlag

for t in (int, bool, float, str, bytes, bytearray, list, tuple, range, dict, set, frozenset, object):
    names = sorted(k for k in ("__eq__", "__lt__", "__add__", "__or__", "__len__", "__hash__",
                               "__repr__", "__str__", "__iter__", "__getitem__", "__bool__", "__index__")
                   if k in t.__dict__)
    print(t.__name__, names)
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, tuple.__hash__ is not None)
print(int.__dict__['__add__'](1, 2), str.__dict__['__eq__']('a', 'a'), float.__dict__['__lt__'](1.0, 2))
print(type(int.__dict__['__add__']).__name__, repr(int.__add__), repr(object.__eq__))

# A mixin after a built-in base does not override the built-in's methods.
class Mixin:
    def __eq__(self, o): return "Mixin.eq"
    def __hash__(self): return 7
    def __len__(self): return 99
    def __add__(self, o): return "Mixin.add"
    def describe(self): return "mixin"
class S(str, Mixin): pass
s = S("xy")
print(s == "xy", hash(s) == hash("xy"), len(s), s + "z", s.describe(), S.__eq__ is str.__eq__)
class L(list, Mixin): pass
l = L([1, 2])
print(l == [1, 2], len(l), l + [3])
try: hash(l)
except TypeError as e: print("TypeError:", e)
# ... but one before it does.
class M(Mixin, str): pass
m = M("xy")
print(m == "xy", hash(m), len(m), m + "z")

# object's comparisons.
class A: pass
a, b = A(), A()
print(object.__eq__(a, a), object.__eq__(a, b), a.__eq__(b), a.__ne__(b), a.__ne__(a), A.__lt__(a, b))
print(object().__eq__(1), object.__ne__(1, 2), object.__lt__(1, 2), a == a, a != b, [a, b].index(b))
try: a < b
except TypeError as e: print("TypeError:", e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__ne__(Eq(1), Eq(1)), Eq(1).__ne__(3))
class NoEq:
    def __eq__(self, o): return NotImplemented
print(NoEq.__ne__(NoEq(), 1), NoEq() != 1)
print(sorted(n for n in dir(A) if n in ("__eq__", "__ne__", "__lt__", "__ge__")), hasattr(1, "__lt__"))

# Enums mixing in a data type: its comparisons and hash, Enum's repr.
class Color(str, Enum):
    RED = "red"
    BLUE = "blue"
print(Color.RED == "red", {"red": 1}[Color.RED], sorted([Color.RED, Color.BLUE]), repr(Color.RED), str(Color.RED))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE < Num.TWO, Num.ONE + 1, repr(Num.TWO), hash(Num.ONE) == hash(1))
class Perm(IntFlag):
    R = 4
    W = 2
print(repr(Perm.R | Perm.W), Perm.R & 4, repr(~Perm.R), repr(Perm.R | 1))
from enum import IntFlag
class P(IntFlag):
    R=4; W=2; X=1
print(repr(~P.R), repr(~P(0)), repr(~P(7)), repr(~P(8)))
