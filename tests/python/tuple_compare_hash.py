# Tuples: comparison, hashing as keys, methods, packing.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"))
print((1, 2) == [1, 2], (1,) != (1.0,), (1, (2, 3)) < (1, (2, 4)))
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t + (9,), t * 2, t[1:3], 4 in t)
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()))
print(hash((1, 2.0)) == hash((1.0, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2}): 0}
except TypeError as e:
    print(type(e).__name__, e)
single = (5,)
notuple = (5)
print(single, notuple, type(single).__name__, type(notuple).__name__, (), tuple())
packed = 1, 2, 3
print(packed, tuple("ab"), tuple([1]), tuple(range(3)), tuple({9: 0}))
mt = ([1], [2])
mt[0].append(5)
print(mt)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 9), (2, 0)]), min((3, 2), (3, 1)))
print(tuple(x * 2 for x in t), sum(t), list(reversed(t)), sorted(t))
a, b = b, a = 1, 2
print(a, b)
print((1, 2, 3)[::-1], (1,) * 0, repr((1,)), repr(((),)), str((None, "s", 1.5)))
