# User-defined keys with __hash__/__eq__, and mutation during iteration.
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __hash__(self): return hash((self.x, self.y))
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return "P(%d,%d)" % (self.x, self.y)
d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d, d)
d[Point(1, 2)] = "A"
print(len(d), d)
class BadHash:
    def __hash__(self): return 1
    def __eq__(self, o): return self is o
    def __repr__(self): return "B"
b1, b2 = BadHash(), BadHash()
bd = {b1: 1, b2: 2}
print(len(bd), bd[b1], bd[b2])
class Counted:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        Counted.calls += 1
        return self.v
    def __eq__(self, o): return self.v == o.v
c = Counted(5)
x = {c: 1}
x[c]
print(Counted.calls, x.get(Counted(5)), Counted.calls)
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 100
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d2 = {"a": 1, "b": 2, "c": 3}
del d2["b"]
d2["b"] = 20
d2["a"] = 10
print(d2, list(d2), list(reversed(d2)))
ks = d2.keys()
d2["z"] = 0
print(ks, len(ks), "z" in ks)
print(d2.popitem(), d2.popitem(), d2)
