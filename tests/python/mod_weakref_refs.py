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
