# contextlib: generator managers, ExitStack unwinding and __context__ chains,
# the small managers, and their error messages.
import contextlib
import io
import os
import sys
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack,
                        closing, contextmanager, nullcontext, redirect_stderr,
                        redirect_stdout, suppress)


def chain(exc):
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(names)


# --- @contextmanager ---------------------------------------------------------
@contextmanager
def tag(name, log):
    """Wraps in a tag."""
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


log = []
with tag("b", log) as t:
    log.append(t)
print(log, tag.__name__, tag.__doc__)
cm = tag("i", [])
print(cm.__doc__, type(cm).__name__)
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("reuse:", type(e).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield


for label, make in [("no yield", no_yield), ("two yields", two_yields)]:
    try:
        with make():
            pass
    except RuntimeError as e:
        print(label, "->", e)

with swallow(ValueError):
    raise ValueError("v")
print("after swallow")
try:
    with swallow(ValueError):
        raise TypeError("t")
except TypeError as e:
    print("passed through:", e)
try:
    with translate():
        raise KeyError("k")
except LookupError as e:
    print("translated:", e, type(e.__cause__).__name__, e.__context__ is e.__cause__)
try:
    with keeps_going():
        raise ValueError("x")
except RuntimeError as e:
    print("keeps going ->", e)
try:
    with swallow(KeyError):
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes:", e)


@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("bare")
except StopIteration as e:
    print("StopIteration kept:", e)

# A generator manager used as a decorator runs a fresh generator per call.
calls = []


@tag("call", calls)
def work(x):
    calls.append(x)
    return x * 2


print(work(1), work(2), calls)


# --- ContextDecorator ---------------------------------------------------------
class Traced(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Traced()
def f(a, b=2):
    """f's doc"""
    print("in f", a, b)
    return a + b


print(f(1), f.__name__, f.__doc__, f.__wrapped__.__name__)

# --- small managers -------------------------------------------------------------
class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
print(suppress(OSError).__exit__(FileNotFoundError, None, None),
      suppress(OSError).__exit__(None, None, None))

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured")
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to err\n")
print(repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
rs = redirect_stdout(outer)
with rs:
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    with rs:
        print("o2")
    print("o3")
print(repr(outer.getvalue()), repr(inner.getvalue()))

here = os.getcwd()
with contextlib.chdir("/") as value:
    print("in root", os.getcwd(), value)
print(os.getcwd() == here)

# --- AbstractContextManager ------------------------------------------------------------
class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class NoExit(Duck):
    __exit__ = None


print(isinstance(Duck(), AbstractContextManager),
      issubclass(NoExit, AbstractContextManager),
      issubclass(int, AbstractContextManager),
      isinstance(ExitStack(), AbstractContextManager),
      isinstance(nullcontext(), AbstractContextManager))
try:
    AbstractContextManager()
except TypeError:
    print("abstract")


class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("mine exit")


with Mine() as m:
    print(type(m).__name__)

# --- ExitStack -----------------------------------------------------------------------
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i, end="!\n")
    got = stack.enter_context(tag("x", log))
    print("entered", got)


def show_exit(*exc):
    print("exit sees", exc[0].__name__ if exc[0] else None)


with ExitStack() as stack:
    print(stack.push(show_exit) is show_exit)
    stack.push(Duck())
    print(stack.callback(print, "cb") is print)

stack = ExitStack()
stack.callback(print, "moved")
moved = stack.pop_all()
stack.close()
print("after first close")
moved.close()
moved.close()

for bad in (5, object(), Resource()):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print(e)


def suppressor(*exc):
    print("suppressing", exc[0].__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError("gone")
print("suppressed by stack")


def raiser(kind, text):
    def cb(*exc):
        raise kind(text)
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError, "first pushed"))
        stack.push(raiser(IndexError, "second pushed"))
        raise ValueError("body")
except Exception as e:
    print(chain(e))

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError, "k"))
        stack.push(suppressor)
        stack.push(raiser(IndexError, "i"))
except Exception as e:
    print(chain(e))

# Unwinding inside an except block: the outer exception stays outermost.
try:
    raise NameError("outer")
except NameError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(KeyError, "in cb"))
            raise ValueError("inner body")
    except Exception as e:
        print(chain(e))

try:
    with ExitStack() as stack:
        stack.callback(raiser(OSError, "from callback"), None, None, None)
        stack.push(raiser(KeyError, "before"))
        raise ValueError("v")
except OSError as e:
    print(chain(e))
