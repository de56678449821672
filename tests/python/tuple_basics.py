t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t + (5,), t * 2 if False else (1, 2) * 2)
print((1,), (), tuple("ab"), tuple(range(3)), (1, 2) < (1, 3), (1, 2) == (1, 2))
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d, t.count(1), t.index(3.0), hash((1, 2)) == hash((1, 2)))
t[3].append(5); print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
