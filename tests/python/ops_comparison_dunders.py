# Rich comparisons: reflection, NotImplemented, default identity ==.
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n if isinstance(o, V) else o)
        return self.n < (o.n if isinstance(o, V) else o)
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.n == o.n
    __hash__ = None
print(V(1) < V(2))
print(V(3) > V(2))
print(5 > V(7))
print(V(1) == V(1), V(1) != V(2), V(1) == 1, V(1) != 1)
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(V(1) >= 0)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    pass
p, q = P(), P()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
for a, b in [(1, "1"), ([1], (1,)), (None, 0)]:
    print(a == b, a != b)
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({1}, [1])]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9), "a" < "b" < "c")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} > {3})
class Sub(V):
    def __eq__(self, o):
        print("Sub.eq")
        return True
print(V(1) == Sub(2))
class AlwaysEq:
    def __eq__(self, o): return True
    def __ne__(self, o): return "ne!"
print(AlwaysEq() != 1, 1 != AlwaysEq(), [AlwaysEq()] == [5])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
