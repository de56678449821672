# ExceptionGroup and except* (Python 3.11).
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, str(eg), len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [IndexError("i"), KeyError("k2")])])
    except* KeyError as g:
        print("keys:", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
try:
    try:
        raise ValueError("plain")
    except* ValueError as g:
        print("plain wrapped:", repr(g))
except Exception as e:
    print("unexpected", e)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(eg, Exception), isinstance(beg, Exception))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
