# Set iteration order after adds, removals, pops and growth: every print
# below matches CPython's (its table layout decides the order).
s = set()
for i in range(40):
    s.add((i * 7919) % 101 - 50)
    if i % 3 == 0:
        s.discard((i * 31) % 101 - 50)
print(sorted(s) == sorted(set(s)), len(s))
print(s)

# A work list: add and remove around a moving window (dummies pile up
# until the table is rebuilt).
w = set()
for i in range(200):
    w.add(i)
    if i >= 5:
        w.remove(i - 5)
    if i % 37 == 0:
        print(i, w)

# pop() takes members from a moving finger, leaving dummies that later
# colliding members reuse.
# (Built by add: CPython builds a display of constants as a frozenset
# merged into the new set, which weft does not model yet.)
p = set()
for x in [5, 1, 9, 17, 33, 2]:
    p.add(x)
print(p.pop(), p.pop(), p)
p.add(25)
p.add(1)
print(p)
while p:
    print(p.pop(), end=" ")
print()

# clear() keeps the finger; growth past the small table.
c = set(range(0, 64, 3))
c.clear()
c.update([8, 16, 0, 24])
print(c, c.pop())
big = set()
for i in range(1000):
    big.add(i * 37 % 1009)
for i in range(0, 1000, 2):
    big.discard(i * 37 % 1009)
print(len(big), list(big)[:12], list(big)[-5:])

# Negative ints (-1 and -2 share a hash), bools, floats equal to ints.
n = {-1, -2, 3, -3, 1.0, True, 2.5, 0, False}
print(n, -1 in n, -2 in n, 1 in n, 2.5 in n)
n.discard(-2)
print(n, -1 in n, -2 in n)

# Tuples and frozensets as members; frozenset order and equality.
t = {(1, 2), (2, 1), (0,), ()}
t.remove((2, 1))
t.add((3, 3))
print(t)
f = frozenset([3, 11, 19, 27])
print(f, f == {27, 19, 11, 3}, hash(f) == hash(frozenset([27, 19, 11, 3])))

# Set algebra keeps CPython's order of the results.
a = set(range(20))
b = set(range(10, 30, 2))
print(a | b)
print(a & b, a - b, a ^ b)
a -= {1, 3, 5}
a |= {100, 200}
print(a)

# Members whose == runs Python code (and raises).
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        if isinstance(other, K) and other.v == "boom":
            raise ValueError("no comparing boom")
        return isinstance(other, K) and other.v == self.v
    def __repr__(self):
        return f"K({self.v!r})"

ks = {K(1), K(2)}
print(K(1) in ks, K(3) in ks, len(ks))
ks.add(K(1))
print(len(ks))
ks.discard(K(2))
print(ks)
try:
    {K("boom"), K("boom")}
except ValueError as e:
    print("ValueError:", e)
