# weakref.WeakSet: membership, set operations, and items leaving when they
# die. Items are only touched inside helpers or through lists, so that no
# module-frame register keeps one alive.
import weakref, gc


class Item:
    def __init__(self, name):
        self.name = name


def names(items):
    return sorted(item.name for item in items)


items = [Item(n) for n in "abcdef"]
ws = weakref.WeakSet(items[:4])
print(len(ws), names(ws), items[0] in ws, items[5] in ws, 1 in ws, "s" in ws, [] in ws)
ws.add(items[4])
ws.add(items[4])
print(len(ws), names(ws))
ws.discard(items[4])
ws.discard(items[4])
ws.remove(items[3])
print(names(ws))
try:
    ws.remove(items[3])
except KeyError:
    print("KeyError removing a missing item")
for bad in (1, "s", None):
    try:
        ws.add(bad)
    except TypeError as e:
        print("TypeError:", e)

# Dying items leave.
del items[0]
gc.collect()
print(len(ws), names(ws))

# Set operations (with WeakSets and with plain iterables).
a = weakref.WeakSet(items[0:3])
b = weakref.WeakSet(items[2:5])
print("union", names(a | b), names(a.union(items[4:])))
print("intersection", names(a & b), names(a.intersection(items[1:2])))
print("difference", names(a - b), names(a.difference(items[:1])))
print("symmetric", names(a ^ b), names(a.symmetric_difference(items[2:5])))
print("types", type(a | b).__name__, type(a & b).__name__, type(a - b).__name__, type(a ^ b).__name__)
print("subset", a <= weakref.WeakSet(items), a < weakref.WeakSet(items), a <= b, a.issubset(items))
print("superset", weakref.WeakSet(items) >= a, weakref.WeakSet(items) > a, a.issuperset(items[:1]), a > a)
print("eq", a == weakref.WeakSet(items[0:3]), a == b, a != b, a == set(items[0:3]))
print("disjoint", a.isdisjoint(items[3:]), a.isdisjoint(b))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)

c = a.copy()
c |= b
print(names(c))
c &= items[1:4]
print(names(c))
c -= items[1:2]
print(names(c))
c ^= items[2:5]
print(names(c))
c.update(items[:1])
c.difference_update(items[4:])
print(names(c))
c.intersection_update(items[:3])
c.symmetric_difference_update(items[1:2])
print(names(c))
popped = []
while c:
    popped.append(c.pop().name)
print(sorted(popped), len(c))
del popped
try:
    c.pop()
except KeyError:
    print("KeyError popping from an empty WeakSet")
a.clear()
print(len(a), list(a))

# Copies and results hold their items weakly too.
d = b.copy()
u = b | weakref.WeakSet()
del items[:]
gc.collect()
print(len(b), len(d), len(u), list(b))
