# PEP 442 in cycles: __del__ runs once per object, a resurrected object
# stays intact, and weak references are cleared (callbacks called) before
# any finalizer runs.
import gc, weakref

events = []
saved = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append(("del", self.name, self.other is not None))


class Phoenix(Node):
    def __del__(self):
        events.append(("del", self.name, self.other.name))
        saved.append(self)


gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: events.append(("weakref cleared", r() is None)))
del a, b
gc.collect()
print(events[0][0], sorted(events))
events.clear()

p, q = Phoenix("p"), Node("q")
p.other, q.other = q, p
rp = weakref.ref(p)
del p, q
gc.collect()
print(sorted(events), rp() is None)
back = saved.pop()
print(back.name, back.other.name, back.other.other is back)
events.clear()
del back
gc.collect()
# __del__ already ran for both: not again.
print(events)
