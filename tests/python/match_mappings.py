# Mapping patterns: literal and dotted keys, nested values, **rest.

class Keys:
    NAME = "name"
    AGE = "age"


def person(d):
    match d:
        case {"name": str(name), "age": int(age)} if age >= 18:
            return "adult %s (%d)" % (name, age)
        case {Keys.NAME: name, Keys.AGE: age}:
            return "minor %s (%r)" % (name, age)
        case {"name": name}:
            return "just a name: %s" % name
        case {}:
            return "some mapping with %d key(s)" % len(d)
        case _:
            return "not a mapping"


for d in [{"name": "Ann", "age": 30}, {"name": "Bob", "age": 9},
          {"age": 1, "name": "Cy", "extra": True}, {"name": "Di", "age": "?"},
          {"name": "Ed"}, {}, {"other": 1}, [("name", "x")], "name", None]:
    print(repr(d), "->", person(d))


def rest(d):
    match d:
        case {"type": "a", **others}:
            return "a with %r" % (sorted(others.items()),)
        case {"type": t, "v": v, **kw} if not kw:
            return "exactly type and v: %r %r" % (t, v)
        case {**everything}:
            return "everything: %r" % (sorted(everything),)

print(rest({"type": "a"}))
print(rest({"type": "a", "x": 1, "y": 2}))
print(rest({"type": "b", "v": 3}))
print(rest({"type": "b", "v": 3, "w": 4}))
print(rest({}))
print(rest({"q": 1, "p": 2}))
print(rest(5))

# **rest is a new dict; the subject is unchanged.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"a": 1, **r}:
        r["z"] = 26
        print("rest", r, "subject", subject, type(r).__name__)

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443, 8080]},
          "debug": False}
match config:
    case {"server": {"host": host, "ports": [first, *others]}, "debug": False}:
        print("host", host, "first port", first, "others", others)

# Keys of other types.
def keyed(d):
    match d:
        case {1: one, 2.5: x, None: n, "t": t, False: b}:
            return "all keys: %r %r %r %r %r" % (one, x, n, t, b)
        case {-1: neg}:
            return "negative key %r" % (neg,)
        case {b"k": v}:
            return "bytes key %r" % (v,)
        case _:
            return "no"

print(keyed({1: "one", 2.5: "x", None: "n", "t": "t"}))
print(keyed({1: "one", 2.5: "x", None: "n", "t": "t", False: "b"}))
print(keyed({1: "one", 2.5: "x", None: "n", "t": "t", 0: "zero"}))
print(keyed({-1: "minus"}))
print(keyed({b"k": "bee"}))
print(keyed({"k": "str"}))

# Values are matched with sub-patterns; missing keys fail without error.
match {"x": [1, 2], "y": {"z": None}}:
    case {"x": [_, 3]}:
        print("wrong")
    case {"y": {"z": None}, "x": [a, b]}:
        print("found", a, b)

# A dotted key that duplicates another key is a runtime ValueError.
class K:
    ONE = 1

try:
    match {1: "a", 2: "b"}:
        case {1: _, K.ONE: _}:
            print("matched?")
except ValueError as e:
    print("ValueError:", e)

# ... but only when the earlier keys were found.
match {2: "b", 3: "c"}:
    case {1: _, K.ONE: _}:
        print("matched?")
    case _:
        print("first key missing: no error")

# Unhashable keys from dotted names raise TypeError.
class U:
    KEY = [1]

try:
    match {"a": 1}:
        case {U.KEY: _}:
            pass
except TypeError as e:
    print("TypeError:", e)
