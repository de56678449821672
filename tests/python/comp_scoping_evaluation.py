# Evaluation order and scope rules of comprehensions and generator expressions.
def outer_iter():
    print("outer iterable evaluated")
    return range(2)
g = (x for x in outer_iter())
print("genexpr created")
print(list(g))
def inner_iter(x):
    print("inner iterable for", x)
    return range(x)
print([(x, y) for x in range(3) for y in inner_iter(x)])
try:
    gen = (y for y in undefined_thing)
except NameError as e:
    print("eager:", type(e).__name__, e)
gen = (undefined_later for _ in range(1))
try:
    list(gen)
except NameError as e:
    print("lazy:", type(e).__name__, e)
x = "module x"
print([x for x in "ab"], x)
print([x for _ in range(1)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
def make():
    y = 10
    return [lambda: y + i for i in range(2)]
print([f() for f in make()])
n = 3
print([[n * m for m in range(n)] for n in range(1, n + 1)])
nums = [1, 2, 3]
print([nums.append(v) or v for v in nums[:2]], nums)
d = {"a": 1}
try:
    {k: d.setdefault(k + k, 0) for k in d}
except RuntimeError as e:
    print(type(e).__name__, e)
side = []
res = {side.append("k") or k: side.append("v") or v for k, v in [(1, 2)]}
print(res, side)
import sys
print([sys.maxsize > 0 for _ in range(1)])
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        cross = [v * w for v in vals for w in vals]
    except NameError as e:
        cross = str(e)
print(C.doubled, C.cross)
