# __context__, __cause__, __suppress_context__, raise ... from None.
def show(e):
    ctx = e.__context__
    cause = e.__cause__
    print(type(e).__name__, repr(str(e)),
          "context:", type(ctx).__name__ if ctx else None,
          "cause:", type(cause).__name__ if cause else None,
          "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
    print(repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    raise LookupError("direct") from OSError("os")
except LookupError as e:
    show(e)
try:
    raise ValueError from KeyError
except ValueError as e:
    show(e)
    print(repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
def chain(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        chain(n - 1)
    except Exception as e:
        raise KeyError(n) from None if n == 2 else KeyError(n)
try:
    chain(3)
except KeyError as e:
    depth = []
    cur = e
    while cur is not None:
        depth.append((type(cur).__name__, str(cur), cur.__suppress_context__))
        cur = cur.__context__
    print(depth)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        try:
            raise TypeError("middle")
        except TypeError as middle:
            print(middle.__context__ is inner)
            raise
except TypeError as outer:
    show(outer)
