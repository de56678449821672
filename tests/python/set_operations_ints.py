a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} < a, a >= {1}, a.isdisjoint({9}))
print(sorted(a.union(b, [7])), a.intersection([1, 3, 9]), a.difference({1}, {2}), len(a | b))
s = set()
for x in [5, 3, 5, 1, 3]:
    s.add(x)
print(s, 3 in s, 4 not in s, sorted(s, reverse=True), {x % 3 for x in range(9)})
s.discard(99); s.remove(5); print(s)
fs = frozenset([1, 2])
print(fs, fs | {3}, {fs: "frozen"}[frozenset({2, 1})], fs == {1, 2})
