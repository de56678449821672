# except*: clauses raising, unmatched rest, naked exceptions, bare raise, notes, else/finally, SyntaxErrors.
import sys
def show(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:", repr(e), [repr(x) for x in getattr(e, "exceptions", [])], repr(e.__context__) if e.__context__ else "")
def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
show(raise_in_handler)
def unmatched():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("got", repr(g), repr(sys.exc_info()[1]))
show(unmatched)
def naked_unmatched():
    try:
        raise OSError("x")
    except* ValueError:
        print("never")
show(naked_unmatched)
def naked_raise():
    try:
        raise ValueError("x")
    except* ValueError:
        raise TypeError("t")
show(naked_raise)
def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show(reraise_bare)
def eg_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
show(eg_type)
def tuple_kind():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as g:
        print("tuple", repr(g))
show(tuple_kind)
def with_else_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
show(with_else_finally)
def exc_in_finally_path():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    finally:
        print("finally")
show(exc_in_finally_path)
def notes():
    try:
        eg = ExceptionGroup("o", [ValueError(1), TypeError(2)])
        eg.add_note("n")
        raise eg
    except* ValueError:
        pass
show(notes)
def loops():
    for i in range(3):
        try:
            raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError as g:
            for j in range(5):
                if j == 1:
                    break
            print("loop", i, repr(g))
show(loops)
def nested_reraise_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)
show(nested_reraise_two)
print(sys.exc_info())
for src in ["try: pass\nexcept* ValueError:\n  def f(): return 1\n  for i in []: continue", "for i in []:\n  try: pass\n  except* ValueError:\n    continue"]:
    try:
        compile(src, "s", "exec"); print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
