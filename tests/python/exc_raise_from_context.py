def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e
try:
    parse("x")
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    print(e, type(e.__context__).__name__)
def reraiser():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e))
