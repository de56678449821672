# Uncaught exception groups: nested boxes, except* results, chaining, notes, truncation.
import sys
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except* ValueError:
        raise KeyError("k")
def h():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [OSError(3), IndexError(4)]), ValueError(5)] + [ValueError(i) for i in range(16)])
    except ExceptionGroup as e:
        e.add_note("a note")
        raise RuntimeError("wrapped") from e
which = sys.argv[1]
if which == "1": f()
if which == "2": g()
if which == "3": h()
