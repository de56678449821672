"""Functions called when the interpreter exits (CPython's `atexit`).

The interpreter calls `_run_exitfuncs` once the main program has finished
and the non-daemon threads have ended: the callbacks run in the reverse
order of registration; an exception in one is reported, as CPython's
"Exception ignored in atexit callback", and the others still run.
"""

import _thread
import sys as _sys

_lock = _thread.RLock()
# (func, args, kwargs); a slot is None once its callback was unregistered
# (so _ncallbacks counts as CPython's does).
_callbacks = []


def register(func, /, *args, **kwargs):
    """Register `func(*args, **kwargs)` to run at exit; returns `func`."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of `func` (compared with ==)."""
    with _lock:
        for i, entry in enumerate(_callbacks):
            if entry is not None and entry[0] == func:
                _callbacks[i] = None


def _run_exitfuncs():
    """Call the registered functions, last registered first."""
    while True:
        with _lock:
            entry = None
            while _callbacks and entry is None:
                entry = _callbacks.pop()
            if entry is None:
                return
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _sys.stdout.flush()
            _sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            # CPython's atexit is native: its own frame is not in the report.
            report = _thread._format_exception(e).splitlines(True)
            _sys.stderr.write("".join(line for line in report if not line.startswith('  File "<frozen atexit>"')))


def _clear():
    """Forget every registered function."""
    with _lock:
        _callbacks.clear()


def _ncallbacks():
    """The number of registrations (unregistered ones included, as CPython)."""
    with _lock:
        return len(_callbacks)
