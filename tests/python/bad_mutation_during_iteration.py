# Mutating containers while iterating over them.
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(seen, l)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
for i, x in enumerate(l):
    if i == 0:
        l.insert(0, 0)
    if i > 5:
        break
print(l[:8], len(l))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
for k in d:
    d["a"] = 2
print(d)
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
it_list = [1, 2, 3]
it = iter(it_list)
next(it)
it_list.clear()
print(list(it))
it_list = [1, 2]
it = iter(it_list)
it_list.extend([3, 4])
print(list(it))
ds = {1: 1}
ks = iter(ds.keys())
ds[2] = 2
try:
    next(ks)
except RuntimeError as e:
    print(type(e).__name__, e)
