# range objects: len, indexing, slicing, membership, equality, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[::-1]), r[10:], len(r[10:]))
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 8.0 in r)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("3")
except TypeError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(list(range(10, 0, -3)), list(range(-5)), list(range(-3, 3)), len(range(0, 100, 7)), len(range(10, 0)))
big = range(10 ** 20)
print(range(0, 10 ** 20, 3)[-1], big[-1], 10 ** 19 in big, big[10 ** 19:10 ** 19 + 3])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 8, 2))), sum(range(101)), max(range(-5, 5)), min(range(3, 9)))
print(range(5)[-6:100], range(10)[::-3], range(1, 2), repr(range(0, 5, 1)))
print(bool(range(0)), bool(range(1)), list(range(5))[::-1] == list(range(4, -1, -1)))
try:
    range(5)[1.0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print([i for i in range(0, -10, -4)], [i * i for i in range(1, 4)])
