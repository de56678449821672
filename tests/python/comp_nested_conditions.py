# List, dict and set comprehensions with nesting and multiple conditions.
print([x for x in range(20) if x % 2 if x % 3])
print([(i, j) for i in range(4) if i for j in range(i) if (i + j) % 2])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row if v != 3])
print({x: x ** 2 for x in range(5) if x != 2})
print({(k, v) for k in range(3) for v in range(k)} == {(1, 0), (2, 0), (2, 1)})
print(sorted({x % 7 for x in range(50)}), sorted({len(w) for w in "a bb cc ddd".split()}))
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print({w[0]: w for w in words})
print([c for w in words for c in w if c in "aeiou"][:8])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print(dict((k, len(k)) for k in ["x", "yy"]), {k: v for k, v in zip("abc", range(3))})
print([y for y in (x * x for x in range(6)) if y > 4])
print([[c for c in range(r)] for r in range(4)])
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print([i for i in range(3) for i in range(i)])
print([f(3) for f in [lambda x: x + 1, lambda x: x * 2]])
print([s.upper() for s in "hello world".split() if len(s) > 4 and s.startswith("w")])
counts = {}
[counts.__setitem__(ch, counts.get(ch, 0) + 1) for ch in "mississippi"]
print(counts)
print([(x, y) for x, y in [(1, 2), (3, 4)] if x + y > 3], [a for (a, *_), in [((1, 2),), ((3,),)]])
print({i: {j: i * j for j in range(3)} for i in range(2)})
