def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError as e:
        log.append(f"except {e}")
        return log, None
    else:
        log.append("else")
        return log, r
    finally:
        log.append("finally")
print(attempt(2)); print(attempt(0))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
