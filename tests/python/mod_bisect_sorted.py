import bisect, random
random.seed(11)
data = sorted(random.randint(0, 1000) for _ in range(300))
ok = True
for x in range(-5, 1010, 7):
    l, r = bisect.bisect_left(data, x), bisect.bisect_right(data, x)
    ok &= all(v < x for v in data[:l]) and all(v >= x for v in data[l:]) and all(v <= x for v in data[:r]) and all(v > x for v in data[r:])
print(ok)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]: bisect.insort(s, v)
print(s, bisect.bisect(s, 5), bisect.bisect_left(s, 5))
keys = [r[1] for r in [('b', 2), ('a', 7)]]
print(bisect.bisect_left(['apple', 'banana', 'cherry'], 'blue'), bisect.bisect_right([1.0, 2.0, 2.0], 2), bisect.bisect_left(range(0, 100, 5), 42))
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x: return i
    raise ValueError
print(index(s, 6))
try: index(s, 3)
except ValueError: print('not found')
