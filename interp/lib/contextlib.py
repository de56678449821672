"""Helpers for the with statement: context managers from generators,
ready-made managers, and ExitStack for a dynamic number of them.

Written for weft; the behaviour matches CPython 3.11's module.  Weft has
no async/await yet, so the asynchronous managers (asynccontextmanager,
AbstractAsyncContextManager, AsyncExitStack, aclosing) are not offered.
"""

import abc
import os
import sys
from collections import deque
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "chdir"]

# The class of list[int]; weft has no `types` module to import it from.
_GenericAlias = type(list[int])


def _defines(cls, *names):
    """True if cls (or a base) defines every name, and none of them as
    None; NotImplemented otherwise, as __subclasshook__ wants."""
    for name in names:
        owner = next((k for k in cls.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


# --- base classes --------------------------------------------------------------

class AbstractContextManager(abc.ABC):
    """Base for context managers; any class with __enter__ and __exit__
    counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        # Subclasses of this class fall back to the usual ABC rules.
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines(C, "__enter__", "__exit__")


class ContextDecorator:
    """Mixin that lets a context manager also decorate a function, which
    then runs inside the manager on every call."""

    def _recreate_cm(self):
        # One manager may serve many calls; subclasses that cannot be
        # re-entered return a fresh copy here.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


# --- @contextmanager ---------------------------------------------------------------

class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """The manager a @contextmanager function returns: the code before the
    generator's yield is the enter step, the code after it the exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept so that a decorator use can start a new generator per call.
        self.func = func
        self.args = args
        self.kwds = kwds
        # The manager documents itself with the generator function's text.
        self.__doc__ = getattr(func, "__doc__", None)
        if self.__doc__ is None:
            self.__doc__ = type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Single use: entering again fails on these missing attributes.
        for name in ("args", "kwds", "func"):
            delattr(self, name)
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            # A caller may hand over a bare exception class.
            exc = exc_type()
        try:
            self.gen.throw(exc_type, exc, tb)
        except StopIteration as stop:
            # The generator caught the exception and returned: suppressed.
            return stop is not exc
        except BaseException as out:
            # The exception coming back out (as itself, or as the
            # RuntimeError that wraps a StopIteration thrown into the
            # generator) is left for the with statement to re-raise.
            wrapped_stop = (isinstance(out, RuntimeError)
                            and isinstance(exc, StopIteration)
                            and out.__cause__ is exc)
            if out is exc or wrapped_stop:
                exc.__traceback__ = tb
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turn a generator function that yields once into a factory of
    context managers; the yielded value is what `as` binds."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


# --- small managers -----------------------------------------------------------------

class closing(AbstractContextManager):
    """Call thing.close() on leaving the block; `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _SwapSysStream(AbstractContextManager):
    """Replace sys.<_attr> for the block; nests and re-enters."""

    _attr = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._target)
        return self._target

    def __exit__(self, *exc_info):
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_SwapSysStream):
    """Send sys.stdout to another file-like object for the block."""

    _attr = "stdout"


class redirect_stderr(_SwapSysStream):
    """Send sys.stderr to another file-like object for the block."""

    _attr = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) raised
    in the block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        return issubclass(exc_type, self._exceptions)


class chdir(AbstractContextManager):
    """Change the working directory for the block, then go back."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._previous.pop())


# --- ExitStack -----------------------------------------------------------------------

def _bound_exit(exit_method, manager):
    def call_exit(exc_type, exc, tb):
        return exit_method(manager, exc_type, exc, tb)
    return call_exit


def _link_context(new_exc, old_exc, outer_exc):
    """Make new_exc's chain of __context__ lead to old_exc, the exception
    it replaced, instead of to outer_exc, which was already being handled
    when the stack started unwinding."""
    node = new_exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is outer_exc:
            break
        node = ctx
    node.__context__ = old_exc


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last-in first-out on leaving the
    block or on close(); each sees the exception left by the one before,
    as nested with statements would."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack, which is returned."""
        taken = type(self)()
        taken._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return taken

    def push(self, exit):
        """Add a context manager's __exit__ (without calling __enter__), or
        any callable with __exit__'s signature.  Returns exit."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound_exit(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm, push its __exit__, and return what __enter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit_method = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object "
                            f"does not support the context manager "
                            f"protocol") from None
        result = enter(cm)
        self._exit_callbacks.append(_bound_exit(exit_method, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds), which cannot suppress
        exceptions.  Returns callback, so this works as a decorator."""
        def call_back(exc_type, exc, tb):
            callback(*args, **kwds)
        call_back.__wrapped__ = callback
        self._exit_callbacks.append(call_back)
        return callback

    def close(self):
        """Run and drop every callback now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        had_exception = exc_info[0] is not None
        current = exc_info
        # Whatever was already being handled outside the stack must not
        # show up as the context of the exceptions raised in callbacks.
        outer_exc = sys.exc_info()[1]
        suppressed = False
        must_raise = False
        while self._exit_callbacks:
            exit_callback = self._exit_callbacks.pop()
            try:
                if exit_callback(*current):
                    suppressed = True
                    must_raise = False
                    current = (None, None, None)
            except BaseException:
                raised = sys.exc_info()
                _link_context(raised[1], current[1], outer_exc)
                must_raise = True
                current = raised
        if must_raise:
            # Raising here would overwrite the __context__ set up above.
            exc = current[1]
            kept_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept_context
                raise
        return had_exception and suppressed
