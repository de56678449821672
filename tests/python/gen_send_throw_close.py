def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = 0
            continue
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10), g.throw(ValueError), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closing(); print(next(c)); c.close(); c.close()
try:
    next(c)
except StopIteration:
    print("exhausted")
def fresh(): yield 1
try:
    fresh().send(5)
except TypeError as e:
    print("TypeError:", e)
