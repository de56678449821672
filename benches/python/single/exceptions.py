# Exceptions: raising and catching user-defined exception classes (with
# inheritance and arguments) across a few frames, try/except/else/finally,
# re-raising, and built-in exceptions from dict and list lookups.
N = 600000


class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


STORE = {i: i * 3 for i in range(0, 1000, 2)}


def lookup(key):
    if key < 0:
        raise Invalid(1, key)
    try:
        return STORE[key]
    except KeyError:
        raise NotFound(2, key)


def checked(key):
    try:
        v = lookup(key)
    except Invalid as e:
        if e.detail < -40:
            raise
        return -e.code
    else:
        return v
    finally:
        checked.calls += 1


checked.calls = 0

caught = [0, 0, 0, 0]
total = 0
seed = 99
items = [1, 2, 3]
for i in range(N):
    seed = (seed * 1103515245 + 12345) % 2147483648
    key = seed % 1100 - 50
    try:
        total += checked(key)
    except NotFound as e:
        caught[0] += 1
        total += e.detail % 7
    except AppError:
        caught[1] += 1
    try:
        total += items[seed % 5]
    except IndexError:
        caught[2] += 1
    try:
        try:
            if seed % 11 == 0:
                raise ValueError(seed % 100)
        finally:
            total += 1
    except ValueError as e:
        caught[3] += 1
        total += e.args[0]
print("caught", caught, "calls", checked.calls)
print("total", total)
