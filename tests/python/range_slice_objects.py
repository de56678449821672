r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5, 0, -2)), list(range(0)), range(3) == range(0, 3), reversed(range(3)).__class__.__name__ if False else list(reversed(range(3))))
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, "abcdefghij"[s], s.indices(5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
