# dict construction, update, merge operators, fromkeys, setdefault.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d.update(a)
d.update([("k", 1), ("l", 2)])
d.update(m=3, n=4)
d.update({"x": 100}, x=200)
print(d)
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("a", 1)], b=2), dict(a, y=0))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
s = {}
print(s.setdefault("k", []), s.setdefault("k", [9]), s)
s.setdefault("k", []).append(1)
print(s, s.setdefault("n"), s)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} == {1: 1.0}, {} == dict())
print(a.get("x"), a.get("q"), a.get("q", 0), a.copy() == a, a.copy() is a)
cp = a.copy()
cp["x"] = -1
print(a, cp)
items = sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: kv[1], reverse=True)
print(items, dict(items))
inv = {v: k for k, v in a.items()}
print(inv)
counts = {}
for w in "the quick the lazy the end quick".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
dd = {"a": 1}
dd["b"] = dd
print(dd)
print(len({}), len({1: 1, 1.0: 2, True: 3}), {1: 1, 1.0: 2, True: 3})
print({"a": 1}.keys() | {"b"} == {"a", "b"}, list({"a": 1, "b": 2}.items()))
