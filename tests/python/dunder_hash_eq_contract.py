# Defining __eq__ removes __hash__; explicit __hash__ restores hashability.
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__ is None, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
for act in [lambda: hash(EqOnly(1)), lambda: {EqOnly(1)}, lambda: {EqOnly(1): 1}]:
    try:
        act()
    except TypeError as e:
        print(type(e).__name__, e)
class Hashable(EqOnly):
    def __hash__(self): return hash(self.v)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(2) in s, hash(Hashable(7)) == hash(7))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Hashable):
    def __eq__(self, o): return True
try:
    hash(Inherit(1))
except TypeError as e:
    print(type(e).__name__, e)
class KeepHash(Hashable):
    def __eq__(self, o): return True
    __hash__ = Hashable.__hash__
print(hash(KeepHash(3)) == hash(3))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.5), hash(-0.5), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2, 3)), hash(()), hash((None,)) == hash((None,)), hash((1, (2, 3.5))))
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print("eq called")
        return self.k == o.k
    def __hash__(self): return 0
d = {Key(1): "one"}
print(d.get(Key(1)), d.get(Key(2)))
