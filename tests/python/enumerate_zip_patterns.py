names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (n, s) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), 1):
    print(rank, n, s)
print(dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])))
pairs = list(zip(range(5), range(5)[1:]))
print(pairs, [b - a for a, b in pairs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(r) for r in matrix], [sum(c) for c in zip(*matrix)])
for i, ch in reversed(list(enumerate("abc"))):
    print(i, ch, end=" ")
print()
