# Attribute caches follow class changes: a property, __setattr__,
# __getattribute__ or __slots__ added after the sites ran, methods
# replaced or shadowed by instance attributes, and a different class at
# the same site.
class A:
    def m(self): return "A.m"

def read(o): return o.x
def write(o, v): o.x = v
def call(o): return o.m()

a = A()
for i in range(3):
    write(a, i)
    print(read(a), call(a))

A.x = property(lambda self: "prop", lambda self, v: print("setter", v))
write(a, 10)
print(read(a), a.__dict__)
del A.x
print(read(a))

A.m = lambda self: "new m"
print(call(a))
a.m = lambda: "instance m"
print(call(a))
del a.m
print(call(a))

def sa(self, k, v):
    object.__setattr__(self, k, v * 2)
A.__setattr__ = sa
write(a, 4)
print(read(a))
del A.__setattr__

A.__getattribute__ = lambda self, k: "intercepted " + k
print(read(a), call.__name__)
del A.__getattribute__
print(read(a))

class B(A):
    pass
b = B()
write(b, "b")
print(read(b), call(b))
A.m = lambda self: "changed in base"
print(call(b), call(a))

class C:
    __slots__ = ("y",)
for o in (a, b):
    write(o, "again")
    print(read(o))
try:
    write(C(), 1)
except AttributeError as e:
    print("AttributeError", e)

class D:
    def __init__(self): self.x = "D"
objs = [a, D(), b, D(), 5]
for o in objs:
    try:
        print(read(o))
    except AttributeError as e:
        print("AttributeError", e)
