print(list(enumerate("ab")), list(enumerate("ab", start=5)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(lambda v: v % 2, range(6))), list(filter(None, [0, "", 1])))
print(list(reversed([1, 2, 3])), list(reversed("ab")), sorted([3, 1, 2]), any([]), all([]), any([0, 0]), all([1, 1]))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = iter([3, 2, 1, 0, 5].pop, 0)
print(list(calls))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print("ValueError:", e)
