# Positional-only (/) and keyword-only (*) parameters with their errors.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 40, e=50, f=60))
calls = [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, 3, e=5, g=7),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: f(1),
    lambda: f(),
]
for c in calls:
    try:
        c()
    except TypeError as ex:
        print(type(ex).__name__, ex)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g("p", y=3))
def h(*, only):
    return only
print(h(only=1))
for c in [lambda: h(1), lambda: h(), lambda: h(only=1, other=2)]:
    try:
        c()
    except TypeError as ex:
        print(type(ex).__name__, ex)
def k(a, *args, b, **kwargs):
    return a, args, b, sorted(kwargs.items())
print(k(1, 2, 3, b=4, z=5, y=6), k(a=1, b=2))
try:
    k(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
def defaults(a, b=[], *, c={}):
    return a, b, c
print(defaults.__defaults__, defaults.__kwdefaults__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def pos_only_default(a, b=2, /):
    return a + b
print(pos_only_default(1), pos_only_default(1, 10))
try:
    pos_only_default(1, b=3)
except TypeError as ex:
    print(type(ex).__name__, ex)
def many(a, b, c, d):
    pass
for c in [lambda: many(1), lambda: many(1, 2), lambda: many(1, 2, 3), lambda: many(1, 2, 3, 4, 5)]:
    try:
        c()
    except TypeError as ex:
        print(type(ex).__name__, ex)
