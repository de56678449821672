# The traceback module: formatting exceptions (chained ones too), stacks,
# traceback objects, FrameSummary/StackSummary, TracebackException.
import sys
import os
import traceback

FILE = __file__


def clean(text):
    if isinstance(text, list):
        return [clean(t) for t in text]
    return text.replace(FILE, "FILE")


def show(text):
    print(clean(text), end="")


class Out:
    """A file that writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(clean(text))

    def flush(self):
        pass


out = Out()


def inner(x):
    return x[1] + 1/0


def outer():
    return inner([1, 2])


try:
    outer()
except ZeroDivisionError as e:
    show(traceback.format_exc())
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line),
              fs.colno, fs.end_colno, fs.end_lineno)
    print(clean(traceback.format_tb(e.__traceback__)))
    print(clean(traceback.format_tb(e.__traceback__, limit=1)))
    print(clean(traceback.format_tb(e.__traceback__, limit=-1)))
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name,
          tb.tb_next.tb_next.tb_next)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print(sys.exc_info()[2] is not None, type(tb).__name__)
    traceback.print_tb(tb, file=out) if False else None
    sys.stderr, saved = sys.stdout, sys.stderr
    print(clean("".join(traceback.format_exception(e, limit=2))), end="")
    sys.stderr = saved


def stack():
    x = traceback.format_stack()
    show("".join(x))
    s = traceback.extract_stack()
    print(clean(repr(s[-1])), len(s[-1]), os.path.basename(s[-1][0]), list(s[-1])[1:])
    print(s[-1].colno, type(s).__name__, len(s))
    print(len(traceback.extract_stack(limit=1)))
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno,
          f.f_globals is globals(), f.f_back.f_back.f_back)
    print(sys._getframe().f_lineno, sys._getframe(1).f_lineno)


def stack_caller():
    stack()


stack_caller()


def chained_context():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("bad")


try:
    chained_context()
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(e, chain=False)))

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    show("".join(te.format()))
    show("".join(te.format(chain=False)))
    print(list(te.format_exception_only()), te.exc_type, str(te))
    show("".join(traceback.format_exception(e, limit=1)))
    print(te.__cause__.exc_type, te.__context__, te.stack[0].name)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second") from None
except TypeError as e:
    show("".join(traceback.format_exception(e)))


def rec(n):
    if n == 0:
        raise OverflowError("deep")
    rec(n - 1)


try:
    rec(10)
except OverflowError as e:
    show("".join(traceback.format_exception(e)))

print(traceback.format_exception(KeyError("nokey")))
print(traceback.format_exception_only(None))


class MyErr(Exception):
    pass


class Broken(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(MyErr("m")), traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(Broken()))
e = ValueError("noted")
e.add_note("note one")
e.add_note("note 2")
print(traceback.format_exception_only(e))
try:
    compile("x = (1,\n", "src.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile("if True:\n    a = = 1\n", "src.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))

fs = traceback.FrameSummary("f.py", 3, "fn", line="  x = 1  ")
print(fs, fs.line, fs == ("f.py", 3, "fn", "x = 1"), fs[2], len(fs))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), fs]))
print(traceback.StackSummary.from_list([("a.py", 1, "g", "y")]).format())
traceback.print_list([("b.py", 2, "h", "z = 2")], file=out)

try:
    raise TypeError("printed")
except TypeError:
    traceback.print_exc(file=out)
    traceback.print_exc(limit=0, file=out)
    traceback.print_exception(*sys.exc_info(), file=out)
    traceback.print_tb(sys.exc_info()[2], file=out)
print(repr(traceback.format_exc()))
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError:", e)

# Output to sys.stderr by default.
sys.stderr = out
try:
    [][0]
except IndexError:
    traceback.print_exc()


def where():
    traceback.print_stack()


where()


# Exception groups: nested boxes, chained members, truncation.
def fails(d):
    x = {"a": [1]}
    return x["a"][d] * 2


def grouped():
    try:
        fails(5)
    except IndexError as e:
        raise ExceptionGroup("eg", [e, ValueError("v"),
                                    ExceptionGroup("inner", [KeyError("k")])])


def handles():
    try:
        grouped()
    except ExceptionGroup as e:
        raise TypeError("t") from e


try:
    handles()
except TypeError as e:
    traceback.print_exception(e, file=out)
    te = traceback.TracebackException.from_exception(e.__cause__)
    print(len(te.exceptions), te.exceptions[2].exceptions[0].exc_type)

try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.TracebackException.from_exception(
        e, max_group_width=2).format()))


def nested(n):
    if n == 0:
        raise BaseExceptionGroup("bottom", [KeyboardInterrupt()])
    try:
        nested(n - 1)
    except BaseExceptionGroup as e:
        raise BaseExceptionGroup(f"level {n}", [e])


try:
    nested(12)
except BaseExceptionGroup as e:
    show("".join(traceback.format_exception(e)))
