# `return name` of a local: inside loops, try/finally, with, except
# handlers, generators, and an unbound local.
def f(x):
    try:
        return x
    finally:
        x = 5
        print("finally", x)
def g(n):
    for i in range(n):
        if i == 3:
            return i
    return n
def h():
    y = [1]
    with open("/dev/null") as fh:
        return y
def k(a):
    while True:
        try:
            return a
        except Exception:
            pass
def gen(v):
    yield 1
    return v
def unb():
    if False:
        z = 1
    return z
print(f(1), g(10), g(2), h(), k(7))
it = gen(9); next(it)
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
try:
    unb()
except UnboundLocalError as e:
    print(e)
