# with statements with several items: enter/exit order, targets, exceptions.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev) if ev else None, tb is not None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x"), CM("y"):
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("k")
print("after suppressed")
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
class Target:
    pass
t = Target()
d = {}
with CM("attr") as t.value, CM("item") as d["key"]:
    pass
print(t.value, d)
with CM("tuple") as (first, *rest):
    print(first, rest)
def early_return():
    with CM("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
