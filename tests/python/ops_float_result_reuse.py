# A float arithmetic result may reuse the float its destination is about to
# drop; every other holder of that float must keep seeing its old value.


def aliases():
    x = 1.5
    y = x                  # a second reference: x's float is shared
    x = x + 1.0
    print(x, y, x is y)
    z = x * 2.0
    x = x * 3.0            # x's float is x's alone now
    print(x, z)
    w = float(3) + 0.5     # a float made here, not a constant
    v = w
    w = w * 2.0
    w -= 1.0
    print(w, v)
    items = [w]
    w = w / 4.0
    print(w, items)


def containers():
    keep = []
    seen = {}
    members = set()
    t = 0.25
    for i in range(6):
        t = t * 2.0
        t += 0.5
        if i % 2:
            keep.append(t)     # stored: the next result must not change it
            seen[t] = i
            members.add(t)
    print(keep)
    print(sorted(seen.items()))
    print(sorted(members))
    print([k in members for k in keep])


def closures():
    total = 0.0

    def add(v):
        nonlocal total
        total = total + v      # the cell holds the float
        return total

    first = add(1.25)
    second = add(2.5)
    print(first, second, total)


def in_loops():
    acc = 0.0
    prev = []
    for i in range(1, 8):
        acc = acc + i / 4.0
        acc = acc * 1.5
        if i in (2, 5):
            prev.append(acc)
    print(acc, prev)
    d = 10.0
    e = d - 0.5
    d -= e                 # in place on the name
    print(d, e)


def identity():
    a = 3.0 * 1.5
    ids = id(a)
    b = a
    a = a / 2.0
    print(b, a, id(b) == ids, a is b)


def default_and_global():
    global G
    G = G + 0.5
    h = G
    h = h * 4.0
    print(G, h)


G = 0.75
aliases()
containers()
closures()
in_loops()
identity()
default_and_global()
