d = {"a": 1, "b": 2}
d["c"] = 3; d.update(d=4); d.update([("e", 5)]); d.update({"a": 10})
print(d, len(d), "a" in d, d.get("z"), d.get("z", 0), d.setdefault("f", 6), d.setdefault("a", 0))
print(d.pop("b"), d.pop("zz", "dflt"), d.popitem(), list(d), list(d.values()))
print({k: v for k, v in sorted(d.items()) if v > 3}, dict(zip("xy", (1, 2))), dict(a=1, b=2))
e = d.copy(); e.clear(); print(e, d == d.copy(), {1: 2} == {1: 2.0}, {"a": 1} | {"b": 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
