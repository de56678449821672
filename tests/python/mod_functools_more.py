import functools
from functools import reduce, partial, wraps, update_wrapper, lru_cache, cache, cached_property, cmp_to_key, total_ordering, singledispatch, partialmethod, singledispatchmethod
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords)
p2 = partial(pow, 2); print(p2(5), partial(p2, 3)())
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
def w(): pass
def src(): "srcdoc"
update_wrapper(w, src); print(w.__name__, w.__doc__)
@lru_cache(maxsize=2)
def sq(n):
    print('compute', n); return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1; return 42
c = C(); print(c.val, c.val, c.n)
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set5 = partialmethod(set, 5)
cc = Cell(); cc.set5(); print(cc.v)
class Neg:
    @singledispatchmethod
    def neg(self, arg): return 'no'
    @neg.register
    def _(self, arg: int): return -arg
print(Neg().neg(3), Neg().neg('x'))
@lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
print(repr(partial(max, 1, key=None)))
