# yield from: delegation of values, send, throw, close, and return values.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer received", result)
    yield "outer-after"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
g = outer()
next(g)
print(g.throw(KeyError("boom")))
print(next(g))
g = outer()
next(g)
g.close()
print("closed", g.gi_frame)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], [[5]]], 6])))
def returner(n):
    yield n
    return n * 10
def collector():
    results = []
    for n in range(3):
        r = yield from returner(n)
        results.append(r)
    return results
c = collector()
print(list(c))
c = collector()
try:
    while True:
        next(c)
except StopIteration as e:
    print(e.value)
def deleg_iter():
    r = yield from iter([1, 2])
    yield ("iter returns", r)
print(list(deleg_iter()))
def uncaught_inner():
    yield 1
def outer2():
    yield from uncaught_inner()
o = outer2()
next(o)
try:
    o.throw(ValueError("passes through"))
except ValueError as e:
    print("propagated", e)
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
