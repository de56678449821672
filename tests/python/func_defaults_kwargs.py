def f(a, b=[], *args, c=None, **kw):
    b.append(a)
    return b, args, c, kw
print(f(1)); print(f(2)); print(f(3, [0], 4, 5, c=6, x=7))
def g(**kw): return sorted(kw)
print(g(), g(b=1, a=2), g(**{"z": 1}))
def h(*, only): return only
print(h(only=3))
print(f.__name__, f.__defaults__, h.__kwdefaults__, g.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__doc__, (lambda: 0).__name__)
def documented():
    "I have a docstring."
print(documented.__doc__)
