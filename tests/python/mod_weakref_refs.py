# The native layer: _weakref, getweakrefs/getweakrefcount, ref callbacks and
# ref calls; proxies and the weak containers come from the same names.
import weakref, _weakref, gc


class Node:
    pass


print(weakref.ref is _weakref.ref, weakref.ReferenceType is _weakref.ReferenceType)
print(weakref.getweakrefcount is _weakref.getweakrefcount, weakref.getweakrefs is _weakref.getweakrefs)
nodes = [Node()]
print(weakref.getweakrefcount(nodes[0]), weakref.getweakrefs(nodes[0]))
died = []
r1 = weakref.ref(nodes[0], lambda r: died.append("r1"))
r2 = weakref.ref(nodes[0], lambda r: died.append("r2"))
refs = weakref.getweakrefs(nodes[0])
print(weakref.getweakrefcount(nodes[0]), len(refs), r1 in refs, r2 in refs, type(refs).__name__)
del refs
del r2
print(weakref.getweakrefcount(nodes[0]), weakref.getweakrefs(nodes[0])[0] is r1)
print(weakref.getweakrefcount(1), weakref.getweakrefs("s"), weakref.getweakrefs([]))
del nodes[0]
gc.collect()
print(died, r1(), weakref.getweakrefcount(r1))
try:
    weakref.getweakrefs()
except TypeError:
    print("TypeError without an argument")
try:
    r1(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r1(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref()
except TypeError:
    print("TypeError: ref() without an object")
print(sorted(n for n in weakref.__all__ if not n.startswith("_")))


# Weak references hash and compare as their referents while those live
# (so they work as dict keys), and by identity once dead.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


def note(r):
    pass


objs = [Node(), P(1), P(1), P(2)]
n1 = weakref.ref(objs[0], note)
n2 = weakref.ref(objs[0], note)
print(n1 == n2, n1 != n2, hash(n1) == hash(objs[0]))
a = weakref.ref(objs[1], note)
b = weakref.ref(objs[2], note)
c = weakref.ref(objs[3], note)
print(a == b, a == c, hash(a) == hash(b) == hash(1), {a: "found"}[b], a == 1, a != 1)
print(repr(n1).split(";")[1].split(" at")[0])
never_hashed = weakref.ref(objs[3], note)
del objs[:]
gc.collect()
print(repr(n1).split(";")[1], a == b, a == a, hash(a) == hash(1))
try:
    hash(never_hashed)
except TypeError as e:
    print("TypeError:", e)

# References without a callback are shared, as in CPython.
objs = [Node()]
plain = weakref.ref(objs[0])
print(weakref.ref(objs[0]) is plain, weakref.ref(objs[0], None) is plain, weakref.ref(objs[0], note) is plain)
print(weakref.getweakrefcount(objs[0]))
del plain
print(weakref.getweakrefcount(objs[0]))
