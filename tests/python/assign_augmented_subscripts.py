# Augmented assignment evaluates the target once; works on attrs, items, slices.
calls = []
class Items:
    def __init__(self): self.store = {"a": 1}
    def __getitem__(self, k):
        calls.append(("get", k))
        return self.store[k]
    def __setitem__(self, k, v):
        calls.append(("set", k, v))
        self.store[k] = v
def key():
    calls.append("key()")
    return "a"
def container():
    calls.append("container()")
    return it
it = Items()
container()[key()] += 10
print(calls, it.store)
calls.clear()
it["a"] *= 2
print(calls)
class Attr:
    def __init__(self): self.v = 1
    def __getattribute__(self, n):
        calls.append("getattr " + n)
        return object.__getattribute__(self, n)
calls.clear()
at = Attr()
calls.clear()
at.v += 1
print(calls, at.v)
l = [1, 2, 3, 4]
l[1:3] += ["x"]
print(l)
l[::2] *= 1
print(l)
nested = {"a": {"b": [1]}}
nested["a"]["b"] += [2]
nested["a"]["c"] = nested["a"].get("c", 0) + 1
print(nested)
s = "ab"
t = s
s += "c"
print(s, t)
fs = frozenset({1})
g = fs
fs |= {2}
print(sorted(fs), sorted(g), fs is g)
st = {1}
st2 = st
st |= {2}
print(st, st2, st is st2)
n = 10
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"n": 10}
    exec("n %s 3" % op, ns)
    print(op, ns["n"], end="; ")
print()
x = 5
x /= 2
print(x, type(x).__name__)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("a, b += 1, 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
