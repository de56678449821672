# weakref.finalize: runs once (when the object dies or when called), returns
# the callback's result, detach/peek/alive/atexit; and WeakMethod.
import weakref, gc


class Resource:
    def __init__(self, name):
        self.name = name

    def method(self, x):
        return (self.name, x)


log = []


def cleanup(name, *, reason="default"):
    log.append((name, reason))
    return "cleaned " + name


res = [Resource("r%d" % i) for i in range(4)]

# Called directly: runs once and returns the callback's result.
f0 = weakref.finalize(res[0], cleanup, "r0", reason="explicit")
print(f0.alive, f0.atexit)
print(f0(), f0.alive, f0())
del res[0]
gc.collect()
print(log)

# Runs when the object dies, even though the finalizer was not kept.
weakref.finalize(res[0], cleanup, "r1")
del res[0]
gc.collect()
print(log)

# peek and detach.
f2 = weakref.finalize(res[0], cleanup, "r2", reason="peeked")
obj, func, args, kwargs = f2.peek()
print(obj is res[0], func is cleanup, args, kwargs, f2.alive)
del obj
f2.atexit = False
print(f2.atexit)
obj, func, args, kwargs = f2.detach()
print(obj is res[0], func is cleanup, args, kwargs, f2.alive, f2.peek(), f2.detach(), f2())
del obj
del res[0]
gc.collect()
print(log)

# After the object died: dead finalizer.
f3 = weakref.finalize(res[0], lambda: "no args")
del res[0]
gc.collect()
print(f3.alive, f3.peek(), f3.detach(), f3())

# Exceptions from a direct call propagate.
def fails():
    raise ValueError("finalizer failed")

holder = [Resource("x")]
f4 = weakref.finalize(holder[0], fails)
try:
    f4()
except ValueError as e:
    print("ValueError:", e, f4.alive)

# Arguments are checked.
try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError:", e)

# WeakMethod: alive while both the object and the function are.
holder = [Resource("m")]
wm = weakref.WeakMethod(holder[0].method)
print(wm()(5), wm().__self__ is holder[0], wm().__func__ is Resource.method)
dead = []
wm2 = weakref.WeakMethod(holder[0].method, lambda r: dead.append(r is wm2))
print(wm == wm2, wm != wm2)
del holder[0]
gc.collect()
print(wm(), wm2(), dead)
try:
    weakref.WeakMethod(cleanup)
except TypeError as e:
    print("TypeError:", str(e).split(",")[0])
