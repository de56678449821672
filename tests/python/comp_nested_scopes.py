matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(x) if (x + y) % 2])
print({k: [v for v in range(k)] for k in range(4)}, {c.upper() for c in "hello"} == set("HELO"))
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]], {w[0]: w for w in words})
x = "outer"
print([x for x in range(3)], x)
n = 10
print([i + n for i in range(3)], list(map(lambda i: i * n, range(3))))
print([(i, j) for i in range(3) for j in range(i)], sum([[1], [2, 3]], []))
