# Context manager protocol details: __exit__ return values, errors, exceptions in __exit__.
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.seen = et.__name__ if et else None
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed", s.seen)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), 5, None]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit blew up")
try:
    with ExitRaises():
        raise ValueError("body error")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
class Truthy:
    def __enter__(self): return "value"
    def __exit__(self, *a): return "non-empty string is truthy"
with Truthy() as v:
    raise TypeError
print("swallowed by truthy return", v)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2, Reentrant.depth)
print("final depth", Reentrant.depth)
class Resource:
    log = []
    def __init__(self, n): self.n = n
    def __enter__(self):
        Resource.log.append("open%d" % self.n)
        return self
    def __exit__(self, *exc):
        Resource.log.append("close%d" % self.n)
def use(n):
    with Resource(n) as r:
        if n == 2:
            raise ValueError(n)
        return r.n * 10
print(use(1))
try:
    use(2)
except ValueError:
    pass
print(Resource.log)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
        return True
with ExitArgs():
    pass
with ExitArgs():
    raise IndexError
