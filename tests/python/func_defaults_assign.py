def f(a, b=2, *, c=3): return (a, b, c)
print(f.__defaults__, f.__kwdefaults__, f(1))
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try: f(1)
except TypeError as e: print("TypeError:", e)
del f.__kwdefaults__
print(f.__kwdefaults__)
try: f(1, 2)
except TypeError as e: print("TypeError:", e)
for bad in ([1], 5):
    try: f.__defaults__ = bad
    except TypeError as e: print("TypeError:", e)
try: f.__kwdefaults__ = [1]
except TypeError as e: print("TypeError:", e)
f.__defaults__ = (5, 6); f.__kwdefaults__ = {"c": 7}
print(f(), f.__defaults__)
import functools
def g(x, y=1): return x + y
h = functools.wraps(g)(lambda *a: g(*a))
print(h(1), h.__name__)
