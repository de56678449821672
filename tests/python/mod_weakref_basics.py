import weakref, gc
class C:
    pass
c = C()
r = weakref.ref(c, lambda ref: print("callback, dead:", ref() is None))
print(r() is c, weakref.getweakrefcount(c), type(r) is weakref.ReferenceType)
del c
print("after del", r())
a = C(); b = C(); a.b = b; b.a = a
ra = weakref.ref(a)
del a, b
gc.collect()
print("cycle collected", ra() is None)
for bad in (1, "s", [], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
def f(): pass
print(weakref.ref(f)() is f)
