# Subscripts with a literal key (compiled with the key as a constant
# operand): lists, tuples, strs, dicts, user classes, augmented assignment
# and the errors, as with a computed key.
lst = [10, 20, 30]
tup = (1, 2, 3)
s = "abc"
d = {"x": 1, (1, 2): "pair", 0: "zero", 1.5: "float", None: "none"}
print(lst[0], lst[-1], tup[1], tup[-3], s[2], s[-1])
print(d["x"], d[1, 2], d[0], d[1.5], d[None])
lst[0] = 11
lst[-1] += 5
d["x"] += 41
d["new"] = [1]
d["new"] += [2]
print(lst, d["x"], d["new"])


class Recorder:
    def __init__(self):
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(("get", key))
        return 7

    def __setitem__(self, key, value):
        self.seen.append(("set", key, value))


r = Recorder()
r["k"] += 1
r[0] = r[-2]
r[1:2] = "ignored"
print(r.seen)

for expr in ("lst[5]", "lst[-4]", "tup[3]", "s[9]", "d['missing']", "d[2, 3]", "(1).x if False else 5[0]"):
    try:
        eval(expr)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lst[3] = 0
except IndexError as e:
    print("IndexError", e)
try:
    tup[0] = 0
except TypeError as e:
    print("TypeError", e)
big = list(range(5))
big[True] = "bool key"
print(big[False], big[True], big[-0])
