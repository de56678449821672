def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return n * 100
def outer():
    r1 = yield from inner(2)
    r2 = yield from inner(1)
    yield r1 + r2
g = outer()
print(next(g), g.send("hello"), next(g), next(g))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in range(3)))))
