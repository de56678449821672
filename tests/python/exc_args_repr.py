for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), StopIteration(7)]:
    print(type(e).__name__, repr(e), str(e), e.args)
class E(Exception): pass
e = E("x", 1)
print(repr(e), str(e), e.args, E().args, str(E()))
try:
    raise E("payload")
except E as caught:
    print(caught.args[0], caught.__class__.__name__)
