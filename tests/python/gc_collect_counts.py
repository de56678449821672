# gc.collect() counts what CPython 3.11 counts: an instance with its
# attributes, and not the objects counting alone would have freed.
import gc, weakref
class C: pass
gc.collect()
a = C(); b = C(); a.b = b; b.a = a
del a, b
print(gc.collect(), gc.collect())
a = C(); b = C(); a.b = b; b.a = a
r = weakref.ref(a)
del a, b
print(gc.collect(), gc.collect())
a = C(); b = C(); a.b = b; b.a = a
r = weakref.ref(a, lambda w: None)
del a, b
print(gc.collect(), gc.collect())
def cb(w): pass
a = C(); b = C(); a.b = b; b.a = a
r = weakref.ref(a, cb)
del a, b
print(gc.collect(), gc.collect())
a = C(); a.a = a
r2 = weakref.ref(a, cb)
del a
print(gc.collect(), gc.collect())
a = C(); a.a = a
r3 = weakref.ref(a, cb)
del r3
del a
print(gc.collect(), gc.collect())
