# A collection that runs while an object is being deallocated (here from a
# weak reference's callback, which runs as the referent dies) must leave the
# dying object alone: it was freed twice before.
import gc, weakref


class Node:
    def __init__(self, n):
        self.n = n
        self.payload = {"n": n, "items": [n] * 3}


log = []


def callback(r):
    # The referent is mid-deallocation now; collect with it in a candidate
    # buffer.
    log.append(gc.collect() >= 0)


for i in range(200):
    o = Node(i)
    holder = [o]          # a second reference ...
    r = weakref.ref(o, callback)
    del holder            # ... dropped, leaving o a collector candidate
    cycle = [o.payload]
    cycle.append(cycle)   # some real garbage for the collection to find
    del cycle
    del o                 # dies here: the callback collects
print(len(log), all(log))
gc.collect()
print("done")
