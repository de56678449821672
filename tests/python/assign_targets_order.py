# Assignment targets: attributes, subscripts, slices; evaluation order.
log = []
class Obj:
    def __setattr__(self, name, value):
        log.append("setattr %s=%r" % (name, value))
        object.__setattr__(self, name, value)
class Box:
    def __init__(self): self.data = {}
    def __setitem__(self, k, v):
        log.append("setitem %r=%r" % (k, v))
        self.data[k] = v
    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return self.data[k]
def val(tag, v):
    log.append("eval " + tag)
    return v
o, bx = Obj(), Box()
o.a, bx[val("key", "k")] = val("rhs1", 1), val("rhs2", 2)
print(log); log.clear()
o.x = bx["k"] = val("chain", 7)
print(log); log.clear()
bx[val("k2", "n")] = val("v", 0)
print(log); log.clear()
bx["n"] += val("inc", 5)
print(log, bx.data); log.clear()
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = "ab"
lst[-1:] = [7, 8]
lst[::2] = [None] * 4
print(lst)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 5
print(m)
d = {}
d["a"] = d.get("a", 0) + 1
d["a"] = d.get("a", 0) + 1
d[1, 2] = "tuple key"
print(d)
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
class Counter:
    n = 0
c = Counter()
c.n += 1
c.n += 1
print(c.n, Counter.n)
x = [1, 2]
x[len(x):] = [3]
x[:0] = [0]
print(x)
s = slice(1, 3)
x[s] = ["s"]
print(x)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("f() = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("1 = x")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
