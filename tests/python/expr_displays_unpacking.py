# Starred and double-starred expressions inside displays.
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, *s])
print((*a, 0, *b))
print({*a, *b, 2, 3} == {1, 2, 3, 4})
print(sorted({*range(3), *range(2, 5)}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "y": 99})
print({**{}, **{}}, [*[]], (*(),))
print([*range(3), *[10] * 2])
print(*a, *b, sep="-")
print([[*a], [*b]], [*a][::-1])
t = *a, *b
print(t, type(t).__name__)
first, *rest = *a, *b
print(first, rest)
print({1: "a", 1.0: "b", True: "c"})
print({"k": 1, "k": 2})
nested = {**{"a": {**d1}}, "b": [*a, {**d2}]}
print(nested)
print([*(x * x for x in range(4))])
print(len([*"hello"]), [*{"q": 1, "r": 2}])
try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
