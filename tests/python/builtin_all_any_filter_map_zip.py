# all, any, filter, map, zip, enumerate, reversed as iterators.
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all(x > 0 for x in [1, 2, -1]), any(iter([0, 0, 3])))
f = filter(lambda x: x % 3 == 0, range(10))
print(type(f).__name__, list(f), list(f))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, True])))
m = map(str.upper, ["a", "b"])
print(type(m).__name__, next(m), list(m))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(len, ["", "ab", [1, 2, 3]])), list(map(int, "123")), list(map(str, range(3))))
z = zip("abc", range(10), [True, False, None])
print(type(z).__name__, list(z), list(zip()), list(zip([1])), list(zip("ab", "")))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), dict(zip("xy", "12")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)))
e = enumerate("xyz", start=10)
print(type(e).__name__, next(e), list(e), list(enumerate([])), list(enumerate("ab", -1)))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
for bad in [lambda: map(), lambda: filter(None), lambda: list(map(None, [1])), lambda: enumerate(5), lambda: reversed(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
squares = map(lambda x: x * x, range(5))
evens = filter(lambda x: x % 2 == 0, squares)
print(list(zip(evens, "abc")))
print(any(map(str.isdigit, ["a", "1"])), all(map(str.isalpha, ["ab", "c1"])))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
