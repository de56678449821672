# `t1, t2 = v1, v2` with displays on both sides: every value is computed
# before any target is stored, and targets are stored left to right.


def trace(label, value):
    print("eval", label)
    return value


class Recorder:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __setitem__(self, key, value):
        print("setitem", key, value)


a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = b, a + b, trace("c", a * b)
print(a, b, c)
x = [10, 20, 30]
i = 0
i, x[i] = 1, 99  # the index is read after i is stored
print(i, x)
r = Recorder()
r.p, r[trace("key", "k")], r.q = trace("one", 1), trace("two", 2), trace("three", 3)
[d, e] = (e_val := 5), 6
print(d, e, e_val)
(f, g), h = (1, 2), 3
print(f, g, h)
m, n = [7, 8]
print(m, n)
first, *rest = 1, 2, 3
print(first, rest)


def fibs(k):
    p, q = 0, 1
    out = []
    for _ in range(k):
        out.append(p)
        p, q = q, p + q
    return out


print(fibs(12))


def swap_unbound():
    u, v = v, 1
    return u


try:
    swap_unbound()
except UnboundLocalError as err:
    print("UnboundLocalError", err)

try:
    s, t = 1, 2, 3
except ValueError as err:
    print("ValueError", err)
tup = (4, 5)
p1, p2 = tup
print(p1, p2)
for k, v in [(1, "a"), (2, "b")]:
    print(k, v)
try:
    y1, y2 = (1, 2, 3)
except ValueError as err:
    print("ValueError", err)
