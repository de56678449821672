# Arguments in a call's window move into the callee's parameters (as
# CPython's frames take them): an argument that nothing else holds dies
# when the callee's frame ends, whether it returns or raises, and a
# parameter the callee rebinds lets its argument go at once.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def keep(x):
    print("in keep", x.name)
    return 1

def rebind(x):
    x = None
    print("rebound")
    return 2

def fail(x):
    # (A Tracked argument would live on in CPython: the traceback keeps the
    # frame and its locals, which Weft's tracebacks do not yet.)
    print("in fail", x)
    raise ValueError(x)

class Box:
    def method(self, a, b):
        print("method", a.name, b.name)
        return a.name + b.name

print(keep(Tracked("a")))
print("after keep")
print(rebind(Tracked("b")))
print("after rebind")
try:
    fail("c")
except ValueError as e:
    print("caught", e)
print("after fail")
print(Box().method(Tracked("d"), Tracked("e")))
print("after method")
f = keep
print(f(Tracked("g")), "same line")
# Refcounts of a value passed on: the caller's own name keeps it alive.
t = Tracked("h")
print(keep(t))
del t
print("end")
