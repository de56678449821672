# weakref.WeakValueDictionary: the mapping API, value references, and
# entries leaving when their values die.
import weakref, gc
from collections.abc import MutableMapping


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


objs = {n: Obj(n) for n in "abcde"}
d = weakref.WeakValueDictionary()
print(isinstance(d, MutableMapping))
for k, v in objs.items():
    d[k] = v
print(len(d), sorted(d), "a" in d, "z" in d, d["b"])
print(sorted(d.keys()), sorted(d.values(), key=repr), sorted(d.items()))
print(d.get("c"), d.get("z"), d.get("z", 0))
print(sorted(r().name for r in d.valuerefs()), sorted(r().name for r in d.itervaluerefs()))
print(all(isinstance(r, weakref.ReferenceType) for r in d.valuerefs()))

# Values die: their entries go.
del objs["a"], v
gc.collect()
print(len(d), sorted(d), "a" in d, d.get("a"))
try:
    d["a"]
except KeyError as e:
    print("KeyError:", e)

print(d.pop("b"), sorted(d))
print(d.pop("b", "default"))
try:
    d.pop("b")
except KeyError as e:
    print("KeyError:", e)
del d["c"]
try:
    del d["c"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(d))

print(d.setdefault("d", None), d.setdefault("n", objs["b"]), sorted(d))
d.update({"x": objs["e"]}, y=objs["e"])
print(sorted(d.items()))
c = d.copy()
print(type(c).__name__, sorted(c.items()))
k, v = d.popitem()
print(k in objs or k in "nxy", k in d)
del k, v
d.clear()
print(len(d), list(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)

# The constructor; a value replaced before it died does not remove the new
# entry; unreferenceable values.
d2 = weakref.WeakValueDictionary([("p", objs["d"])], q=objs["e"])
print(sorted(d2.items()))
tmp = Obj("tmp")
d2["p"] = tmp
d2["p"] = objs["b"]
del tmp
gc.collect()
print(sorted(d2.items()))
try:
    d2["bad"] = 1
except TypeError as e:
    print("TypeError:", e)
merged = d2 | {"r": objs["c"]}
print(type(merged).__name__, sorted(merged.items()))

# Copies hold only weak references too.
objs.clear()
gc.collect()
print(len(d2), len(c), len(merged), sorted(c))
