# KeyError reprs, unhashable keys, and dict method errors.
d = {"a": 1, 2: "two", (3, 4): [5]}
for k in ["zz", 99, (1, 2), None, 1.5, "", "quote'", ("a",), frozenset([1])]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
print(d.pop("a"), d.pop("a", "default"), d.pop("a", None))
try:
    d.pop("a")
except KeyError as e:
    print("pop", e)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
for bad in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        e[bad] = 1
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    e.get([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [1] in e
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {"a": 1} + {"b": 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {"a": 1} < {"b": 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
m = Missing(x=1)
print(m["x"], m["y"], m.get("y"), "y" in m, len(m))
try:
    raise KeyError("a", "b")
except KeyError as ex:
    print(ex, repr(ex))
try:
    raise KeyError()
except KeyError as ex:
    print(repr(str(ex)), repr(ex))
