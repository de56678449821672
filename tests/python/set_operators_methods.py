# Set algebra with operators and methods on small ints.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(range(3))))
print(a <= a, a < a, {3, 4} < a, a > {1}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
c = set(a)
c |= {10}; c &= {1, 10, 3}; c -= {3}; c ^= {1, 2}
print(sorted(c))
c.update([5, 6], {7}); c.intersection_update(range(7)); c.difference_update({5}); c.symmetric_difference_update({6, 8})
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2, 3])
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, f == {1, 2, 3}, sorted(f - {1}))
print({f: "frozen"}[frozenset({3, 2, 1})], {frozenset(), frozenset([1])} == {frozenset([1]), frozenset()})
nested = {frozenset({1}), frozenset({1, 2})}
print(sorted(len(s) for s in nested), frozenset({1}) in nested)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {5}
s.add(5); s.add(6)
s.discard(100); s.discard(5)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set(), frozenset(), set([1, 1, 2]) == {1, 2}, len({1, 1.0, True}), {0, False, 0.0})
print(sorted({x % 5 for x in range(20)}), set("aaa") == {"a"}, 2 in {1, 2}, {1, 2} == frozenset([1, 2]))
s2 = {1, 2, 3}
t = s2.copy()
t.clear()
print(s2, t, bool(t), repr(set()), repr(frozenset()))
print(sorted({1, 2} | {3}, reverse=True), max({4, 9, 2}), sum({1, 2, 3}), min(frozenset([7, 3])))
