from functools import partial, reduce, wraps, total_ordering, cmp_to_key
import functools
def power(base, exp, *, mod=None): return pow(base, exp, mod)
sq = partial(power, exp=2); cube_mod = partial(power, exp=3, mod=5)
print(sq(4), sq(3, exp=3), cube_mod(2), sq.func is power, sq.args, sq.keywords, partial(sq, 5)())
p = partial(print, 'a', sep='|'); p('b', 'c')
nested = partial(partial(max, 1), 5); print(nested(3), nested.args, nested.func)
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, 'abc'))
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a: int, b: int = 1) -> int:
    """Add."""
    return a + b
print(add(2), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)
@total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __gt__(self, o): return self.p > o.p
    def __repr__(self): return 'Ver%r' % (self.p,)
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) <= Ver(1), Ver(2) < Ver(1), Ver(3) >= Ver(4))
def cmp(a, b): return (a > b) - (a < b)
k = cmp_to_key(cmp); print(sorted([3, 1, 2], key=k), k(1) < k(2), k(2) == k(2))
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS[:2], repr(partial(int, base=16)))
