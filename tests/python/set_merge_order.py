# Sets made by merging (copy, union, update, |, |=, set(s), set(d)) iterate
# in CPython's order: CPython resizes once for all incoming members, and
# copies or re-inserts a whole table into an empty one.
def mk(*xs):
    s = set()
    for x in xs:
        s.add(x)
    return s


print(set({20: 0, 1: 0, 2: 0, 3: 0, 4: 0}))
print(mk(1, 2, 3) | mk(10, 20, 30, 4))
a = set(range(5))
b = mk(17, 33, 49)
print(b, a | b, b | a, set(a | b), (a | b).copy())
s = mk(100, 200, 300, 7, 9)
print(s, set(s), frozenset(s), s.copy(), s.union([1, 2]), s.union(mk(1, 2)))
t = mk(5, 6)
t.update(mk(21, 37, 53))
print(t)
u = mk(5, 6)
u |= mk(21, 37, 53, 69)
print(u)
v = set()
v.update(mk(40, 8, 24))
print(v)
w = set({40: 1, 8: 1, 24: 1, 56: 1, 72: 1, 88: 1})
print(w, set(list(w)))
x = set(range(0, 200, 9))
print(x | mk(1000, 2000), mk(1000, 2000) | x)
print(frozenset(mk(3, 19, 35)) | mk(51, 67))
a = mk(17, 33)
a.add(49)
print(a, {*a}, {*a, 65}, {*[17, 33, 49]})
d = dict.fromkeys([40, 8, 24, 56, 72, 88])
s = {1}
s.update(d)
print(s, set(d), frozenset(d))
e = set(range(30))
e.discard(3)
print(e | mk(100, 200), e.union([64, 96]), e.union(mk(64, 96)))
f = mk(1, 2, 3)
f |= f
f.update(f)
print(f, f.union(f, f))
g = frozenset(range(6))
print(g | {40}, {40} | g, g.copy() is g, type(g | {1}).__name__)


class S(set):
    pass


print(type(S([1]) | {2}).__name__, sorted(S([1]) | {2}))
big = set(range(0, 3000, 7))
merged = big | set(range(1, 3000, 11))
print(len(merged), list(merged)[:12], list(merged)[-5:])
