def f(a, b, c=0, *args, d=1, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
args = [1, 2]
kw = {"d": 4, "e": 5}
print(f(*args))
print(f(*args, 3, *[4, 5], **kw))
print(f(0, *range(2), d=9, **{"z": 1}))
print(*[1, 2, 3], sep=", ")
first, *middle, last = "abcdef"
print(first, middle, last)
print([*"ab", *range(3)], (*"xy",), {**{"a": 1}, **{"a": 2, "b": 3}})
