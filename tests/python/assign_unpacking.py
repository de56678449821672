a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3]; *p, q = "abc"; m, *n, o = range(5)
print(x, y, p, q, m, n, o)
(i, j), k = "ab", 3
print(i, j, k)
first, second, *_ = "hello"
print(first, second)
d = {}
d["k"], d["l"] = 1, 2
obj = type("O", (), {})()
obj.u, obj.v = "U", "V"
lst = [0, 0, 0]
lst[0], lst[2] = 7, 8
print(d, obj.u + obj.v, lst)
for idx, (ch, num) in enumerate(zip("xy", [10, 20])):
    print(idx, ch, num)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
a = b = c = []
a.append(1); print(b, c is a)
