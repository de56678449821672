# Bare raise, re-raising in nested handlers, exception variable cleanup, tuples of types.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise KeyError("temp")
        except KeyError:
            pass
        raise
try:
    reraise()
except Exception as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def catch_tuple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except (TypeError, ValueError):
        return "type/value"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError, IndexError("i"), ValueError, ZeroDivisionError(), StopIteration]:
    print(catch_tuple(exc))
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
def handler_order():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError never"
print(handler_order())
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
except TypeError as e:
    print("propagated", e)
class Handler:
    types = (ZeroDivisionError,)
try:
    1 / 0
except Handler.types as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("done after", count)
