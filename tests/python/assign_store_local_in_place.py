# `obj.attr = local` and `obj[key] = local` store the local's register as
# it stands: the value stored is the one the local held before the target
# was evaluated, an unbound local raises first, and a walrus in the target
# (which forces a copy) still sees the old value stored.
class Box:
    def __init__(self, v):
        self.v = v
        self.log = []

    def __setitem__(self, k, v):
        self.log.append((k, v))


def attrs():
    b = Box(0)
    x = 1
    b.v = x
    x = 2
    print(b.v, x)
    d = {}
    d[x] = x
    print(d)


attrs()


def walrus():
    b = Box(0)
    x = "old"
    b[(x := "new")] = x
    print(b.log, x)
    items = [0, 0]
    y = 1
    items[(y := 0)] = y
    print(items, y)


walrus()


def unbound():
    b = Box(0)
    try:
        b.v = later
    except NameError as e:
        print(type(e).__name__, e)
    try:
        b[print("key evaluated")] = later
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    b.v = later
    print(b.v)


unbound()


def order():
    def obj():
        print("target")
        return Box(None)

    v = "value"
    obj().v = v
    obj()[print("key")] = v


order()
