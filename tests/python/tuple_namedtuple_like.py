def make_point(x, y):
    return (x, y)
pts = [make_point(3, 4), make_point(1, 1), make_point(0, 5)]
print(sorted(pts), max(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), [x for x, _ in pts])
record = ("ann", 30, ("nyc", "ny"))
name, age, (city, state) = record
print(name, age, city, state, record[2][1], len(record), record.index(30))
print(tuple(x * 2 for x in range(3)), (1, 2) + (3,), (0,) * 3, tuple(sorted({3: 1, 1: 2})))
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[(1, 0)], (0, 0) in coords, sorted(coords))
