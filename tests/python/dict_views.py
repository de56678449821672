d = {1: 2, 3: 4}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, type(k).__name__, len(k))
d[5] = 6
print(len(k), 5 in k, 6 in v, (5, 6) in it, (5, 7) in it, list(it))
print(k & {1, 5, 9}, k | {0}, k - {1}, k == {1, 3, 5}, sorted(k ^ {1, 2}))
print(list(reversed(list(k))), sum(v), dict(it) == d, [x for x in k])
for key, val in d.items():
    print(key, val, end="; ")
print()
print(k.isdisjoint([7, 8]), {}.keys(), repr({}.items()))
