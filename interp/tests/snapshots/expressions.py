a = 1 + 2 * x - -3
b = x < y <= z
c = p and q or not r
d = t if u else v
e = [1, *xs, 2]
f = {"k": 1, **extra}
g = {1, 2}
h = (1, 2, "three")
i = obj.attr[1:2]
j = f"{name!r:>{width}} {value=}"
k = call(1, *rest, key=2, **kw)
l = obj.method(1, 2)
m = (n := 10) ** 2
o = 123456789012345678901234567890
