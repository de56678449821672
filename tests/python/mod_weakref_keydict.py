# weakref.WeakKeyDictionary: the mapping API, keys matched by equality,
# key references, and entries leaving when their keys die.
import weakref, gc
from collections.abc import MutableMapping


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


class Point:
    # Equal points are the same dictionary key.
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


def by_name(pair):
    return pair[0].name


keys = [Key(n) for n in "abcd"]
d = weakref.WeakKeyDictionary()
print(isinstance(d, MutableMapping))
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d[keys[1]], keys[2] in d, Key("a") in d, 1 in d, [] in d)
print(sorted(k.name for k in d), sorted(d.values()), sorted(d.items(), key=by_name))
print(sorted(k.name for k in d.keys()), d.get(keys[3]), d.get(Key("z")), d.get(Key("z"), "dflt"))
refs = d.keyrefs()
print(len(refs), sorted(r().name for r in refs), all(isinstance(r, weakref.ReferenceType) for r in refs))
del refs

# Keys die: their entries go.
dead = keys.pop(0)
del dead, k
gc.collect()
print(len(d), sorted(k.name for k in d), sorted(d.values()))

missing = Key("missing")
try:
    d[missing]
except KeyError:
    print("KeyError on a missing key")
try:
    del d[missing]
except KeyError:
    print("KeyError deleting a missing key")
try:
    d.pop(missing)
except KeyError:
    print("KeyError popping a missing key")
print(d.pop(missing, "dflt"), d.pop(keys[0]), len(d))
for bad in (1, "s"):
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError:", e)
try:
    d[bad]
except TypeError as e:
    print("TypeError:", e)

print(d.setdefault(keys[1], 99), d.setdefault(missing, 42), d[missing])
d.update({keys[0]: 10})
d.update([(keys[0], 11)])
print(sorted(d.items(), key=by_name))
c = d.copy()
print(type(c).__name__, sorted(c.items(), key=by_name))
k, v = d.popitem()
print(k in keys or k is missing, k in d)
del k, v
d.clear()
print(len(d), list(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)

# Equal keys share one entry; the entry stays while the stored key lives.
# (The keys are used inside helpers: a name evaluated here would leave a
# reference in one of Weft's module-frame registers.)
def put(d, keys, i, value):
    d[keys[i]] = value


def get(d, keys, i):
    return d[keys[i]]


pd = weakref.WeakKeyDictionary()
points = [Point(1, 2), Point(1, 2)]
put(pd, points, 0, "first")
put(pd, points, 1, "second")
print(len(pd), pd[Point(1, 2)], get(pd, points, 0))
del points[1]
gc.collect()
print(len(pd), get(pd, points, 0))
del points[0]
gc.collect()
print(len(pd))

# Unhashable keys.
class Unhashable:
    __hash__ = None

try:
    pd[Unhashable()] = 1
except TypeError as e:
    print("TypeError:", e)

# Copies hold only weak references too.
del keys[:], missing
gc.collect()
print(len(c), list(c))
