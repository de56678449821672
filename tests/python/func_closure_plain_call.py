# Closures called with exactly their positional arguments borrow their
# function's cells (no copy per call): free variables read, rebound by
# the enclosing function or by `nonlocal` between and during calls,
# captured again by inner closures, and seen by locals().
def counter():
    total = 0
    step = 1

    def add(n):
        nonlocal total
        total += n * step
        return total

    def set_step(s):
        nonlocal step
        step = s

    return add, set_step


add, set_step = counter()
print(add(1), add(2))
set_step(10)
print(add(3))


def solve(n):
    seen = set()
    path = []

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in seen:
                continue
            seen.add(c)
            path.append(c)
            total += place(row + 1)
            path.pop()
            seen.remove(c)
        return total

    return place(0), seen, path


print(solve(5))


def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z

        return inner

    return middle


print(outer(1)(2)(3))
m = outer(100)
print([m(i)(i) for i in range(4)])


def shows_locals():
    a = 1
    b = "two"

    def f(c):
        a, b
        return sorted(locals().items())

    return f


print(shows_locals()(3))


def rebinding():
    v = "before"

    def get(_):
        return v

    first = get(0)
    v = "after"
    return first, get(0)


print(rebinding())


def fails():
    missing = 1

    def f(k):
        if k:
            return missing
        return undefined_name

    print(f(1))
    del missing
    try:
        f(1)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        f(0)
    except NameError as e:
        print(type(e).__name__, e)


fails()


def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    return fact(n)


print(recursive_closure(20))
