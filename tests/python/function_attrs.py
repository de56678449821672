# A function's own attributes (names that are not dunder) live in its
# __dict__, read and written there directly: counters, replacement of the
# __dict__ contents, deletion, the AttributeError for a missing one, and
# the dunder attributes the function type answers itself.
def counted():
    counted.calls += 1
    return counted.calls

counted.calls = 0
print([counted() for _ in range(5)], counted.__dict__)
def other():
    pass
for f in [counted, other, counted, other]:
    try:
        print(f.__name__, f.calls)
    except AttributeError as e:
        print("AttributeError", e)
other.calls = 10
counted.__dict__["calls"] = 100
print(counted.calls, other.calls, counted(), vars(counted))
del counted.calls
try:
    counted.calls
except AttributeError as e:
    print("AttributeError", e)
counted.calls = 1
print(counted(), counted.__qualname__, counted.__module__, counted.__doc__)
counted.__doc__ = "doc"
print(counted.__doc__, sorted(counted.__dict__))
lam = lambda: 0
lam.tag = "x"
print(lam.tag, lam.__name__, hasattr(lam, "nope"), getattr(lam, "nope", "default"))
del counted.__doc__
print(counted.__doc__, "__doc__" in vars(counted))
def documented():
    "the doc"
print(documented.__doc__)
documented.__doc__ = None
print(documented.__doc__)
