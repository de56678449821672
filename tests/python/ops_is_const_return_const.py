# `x is None` / `x is not None` against a constant, fused with the branch
# that follows or kept as a value; `return <constant>` through finally,
# with, loops and generators.
def classify(x):
    if x is None:
        return "none"
    if x is not None and x is True:
        return "true"
    return "other"


print([classify(v) for v in (None, True, 1, 0, False, "")])
flags = [v is None for v in (None, 0)] + [v is not None for v in (None, 0)]
print(flags)
a = None
b = a is None and "yes"
c = a is not None or "no"
print(b, c)
print(not (a is None), (1 if a is not None else 2))


def in_finally(log):
    try:
        return 1
    finally:
        log.append("finally ran")


def overridden():
    try:
        return "try"
    finally:
        return "finally"


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc)
        return False


def in_with():
    with Ctx():
        return -5


def in_loop():
    for i in range(10):
        for j in range(10):
            if i * j == 12:
                return 12.5
    return None


def gen():
    yield 1
    return "done"


log = []
print(in_finally(log), log)
print(overridden())
print(in_with())
print(in_loop())
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def implicit():
    pass


print(implicit(), (lambda: None)())


def big():
    return 123456789012345678901234567890


print(big(), big() is big())
