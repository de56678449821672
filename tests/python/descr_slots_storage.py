# __slots__: mangled names, member repr, deleting an empty slot, inherited slots, a slot cycle collected.
class P:
    __slots__ = ("x", "__y")
    def __init__(self): self.__y = 2
    def gy(self): return self.__y
p = P()
print(p.gy(), sorted(k for k in P.__dict__ if not k.startswith("__")), repr(P.x))
try:
    del p.x
except AttributeError as e:
    print("del", e)
try:
    class Q:
        __slots__ = [1]
except TypeError as e:
    print(e)
class B:
    __slots__ = ("a",)
class C(B):
    __slots__ = ("b",)
c = C(); c.a = 1; c.b = 2
print(c.a, c.b, hasattr(c, "__dict__"))
import gc
class Node:
    __slots__ = ("next",)
n = Node(); n.next = n
del n
gc.collect()
print("ok")
