@decorator
def f(a, /, b, c=1, *args, d, e=2, **kwargs) -> int:
    "docstring"
    total = a + b
    def inner():
        nonlocal total
        total += 1
        return total
    return inner

def gen(n):
    yield n
    x = yield
    yield from range(n)

square = lambda v: v * v

def comprehensions(xs):
    return [x for x in xs if x], {x: x for x in xs}, (x for x in xs)
