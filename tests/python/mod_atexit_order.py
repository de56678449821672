# atexit: callbacks run after the program (and its threads) finish, last
# registered first, with their arguments; unregistered ones do not run.
# weakref.finalize objects still alive at exit run then too, newest first.
import atexit
import threading
import weakref


@atexit.register
def decorated():
    print("decorated: registered first, runs last")


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


atexit.register(show, 1, 2, key="value")
atexit.register(print, "unregistered")
atexit.unregister(print)
print(atexit.register(show, "returns func") is show)

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)


class Resource:
    pass


kept = [Resource(), Resource()]
weakref.finalize(kept[0], print, "finalizer of the first resource")
weakref.finalize(kept[1], print, "finalizer of the second resource")
gone = Resource()
f = weakref.finalize(gone, print, "finalizer of a dead resource (runs now)")
del gone
print("alive after death:", f.alive)
quiet = weakref.finalize(kept[0], print, "never printed")
quiet.atexit = False


go = threading.Event()


def worker():
    go.wait()
    print("thread done before the exit functions")


threading.Thread(target=worker).start()
print("end of program")
go.set()
