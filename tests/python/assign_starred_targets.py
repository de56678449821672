# Unpacking assignment with starred targets, nesting and errors.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
h, *i, j = (1, 2)
print(a, b, c, d, e, f, g, h, i, j)
(k, l), [m, *n] = "ab", (1, 2, 3)
print(k, l, m, n)
[o, (p, *q)], r = [1, (2, 3, 4)], 5
print(o, p, q, r)
*s, = {"only": 1}
print(s)
for first, *others in [(1, 2, 3), "ab", [9]]:
    print(first, others)
for x, (y, z) in [(1, (2, 3)), (4, "56")]:
    print(x, y, z)
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = 1, 2", "a, b = {'k': 1}"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as ex:
        print(bad.ljust(20), type(ex).__name__, ex)
def gen():
    yield from range(3)
u, *v = gen()
print(u, v)
w, x = {"k1": 1, "k2": 2}
print(w, x)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, "set"
print(i, lst)
t = 1, 2
n = (t,)
(q,), = (n,)
print(q)
big, *mid, small = sorted([5, 3, 9, 1, 7], reverse=True)
print(big, mid, small)
try:
    exec("*a, *b = [1, 2]")
except SyntaxError as ex:
    print(type(ex).__name__, ex.msg)
try:
    exec("*a = [1]")
except SyntaxError as ex:
    print(type(ex).__name__, ex.msg)
head, *tail = "hello"
print(head, "".join(tail))
