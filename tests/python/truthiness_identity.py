values = [0, 0.0, "", [], {}, set(), None, (), 1, "0", [0], " ", -1]
print([bool(v) for v in values])
print([v for v in values if v])
a = [1]; b = [1]; c = a
print(a == b, a is b, a is c, None is None, 1 == 1.0, "a" * 2 is not None)
print(not None, not [], (0 or "default"), ([] and "x"), (1 and 2), (0 or 0.0 or ""), (None or []))
x = None
print(x is None, x == None, type(x).__name__)
def check(v):
    return "truthy" if v else "falsy"
print([check(v) for v in (0, 1, "", "x")])
