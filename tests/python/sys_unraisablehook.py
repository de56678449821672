# Exceptions that cannot propagate go to sys.unraisablehook.
import sys, gc, weakref
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), type(u.object).__name__, u.err_msg,
                 u.exc_traceback is not None))
print(sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook

class A:
    def __del__(self):
        raise ValueError("in __del__")
a = A()
del a
print(seen.pop())

class Node:
    def __init__(self): self.me = self
    def __del__(self): raise KeyError("cycle")
n = Node(); del n
gc.collect()
print(seen.pop())

class T: pass
t = T()
def cb(r): raise RuntimeError("weakref callback")
r = weakref.ref(t, cb)
del t
print(seen.pop())

def on_gc(phase, info):
    if phase == "stop":
        raise TypeError("gc callback")
gc.callbacks.append(on_gc)
gc.collect()
gc.callbacks.remove(on_gc)
print(seen.pop(), seen)

# A hook that raises is reported itself; the program goes on.
def bad_hook(u):
    raise OSError("hook failed")
sys.unraisablehook = bad_hook
a = A(); del a
sys.unraisablehook = sys.__unraisablehook__
a = A(); del a
print("done")
