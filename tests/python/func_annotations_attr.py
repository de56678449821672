# A function's __annotations__ is one dict that can be changed, assigned
# and deleted; functools.wraps copies it.
import functools
def g(a: int) -> str: pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__['b'] = float
print(g.__annotations__)
g.__annotations__ = {'a': int}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
def h(x: int): pass
@functools.wraps(h)
def w(*a): pass
print(w.__annotations__, w.__wrapped__ is h, '__annotations__' in w.__dict__)
