# The warnings module: warn, the filters and their actions, the registry of
# warnings already shown, formatting, catch_warnings, stacklevel.
import sys
import os
import warnings

sys.stderr = sys.stdout


class Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.__stdout__.write(text.replace(__file__, os.path.basename(__file__)))

    def flush(self):
        pass


sys.stderr = Out()

print(warnings.filters)
print(sorted(n for n in warnings.__all__))


def f():
    warnings.warn("hello from f")


def g():
    warnings.warn("about the caller", stacklevel=2)


def deep():
    warnings.warn("way out", RuntimeWarning, stacklevel=3)


def middle():
    deep()


# 'default': once per location.
for i in range(3):
    f()
g()
g()
middle()
warnings.warn(UserWarning("an instance"))
warnings.warn(RuntimeWarning("instance category wins"), UserWarning)
# DeprecationWarning shows in __main__, not from elsewhere.
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn_explicit("deprecated elsewhere", DeprecationWarning, "lib.py", 5,
                       module="lib")
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("import", ImportWarning)

# formatwarning and showwarning.
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  x = 1  ")))
print(repr(warnings.formatwarning(ValueError("v"), FutureWarning, "f.py", 9, "")))
warnings.showwarning("shown", SyntaxWarning, "s.py", 1, file=sys.stdout, line="pass")
warnings.warn_explicit("explicit", RuntimeWarning, "foo.py", 12)
warnings.warn_explicit("explicit", RuntimeWarning, "foo.py", 12, registry={})

# Category checks.
try:
    warnings.warn("x", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", str)
except TypeError as e:
    print("TypeError:", e)

# catch_warnings(record=True) and the actions.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    warnings.warn("r1", BytesWarning)
    print(len(w))
    for m in w:
        print(type(m).__name__, repr(m.message), m.category.__name__,
              os.path.basename(m.filename), m.lineno, m.line, m.source)
    print(str(w[0]).replace(__file__, "FILE"))
    print(warnings.filters[0])
print(warnings.filters[0])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", repr(e))
    try:
        warnings.warn(FutureWarning("future"))
    except FutureWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", FutureWarning)
    warnings.warn("quiet", FutureWarning)
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only", RuntimeWarning)
    f()
    f()
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("per module")
        warnings.warn("per module")
    print([(str(m.message), m.lineno) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn("per line")
        warnings.warn("per line")
    print([(str(m.message), m.lineno) for m in w])

# filterwarnings: message regex (case-insensitive, at the start), module,
# category, lineno, append.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", message="boom", category=RuntimeWarning)
    warnings.warn("SPAM and eggs")
    warnings.warn("eggs and spam")
    warnings.warn("boom", UserWarning)
    try:
        warnings.warn("boom!", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", module="__ma")
    warnings.warn("from main")
    warnings.filterwarnings("always", module="__main__", append=True)
    print(warnings.filters[0][0], warnings.filters[0][3].pattern,
          warnings.filters[-1][0])
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings("ignore", lineno=999)
    warnings.warn("not line 999")
    warnings.warn_explicit("at 999", UserWarning, "x.py", 999)
    warnings.warn_explicit("at 998", UserWarning, "x.py", 998)
    print([str(m.message) for m in w])
    warnings.simplefilter("ignore")
    warnings.simplefilter("ignore")
    print(warnings.filters.count(("ignore", None, Warning, None, 0)))
    warnings.simplefilter("ignore", append=True)
    print(len(warnings.filters))
print(len(warnings.filters))

try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError:", e)

# catch_warnings(action=...) (3.11), nesting, and repr.
with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("nested error")
    except UserWarning as e:
        print("raised", e)
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    print([str(m.message) for m in inner])
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
cw = warnings.catch_warnings()
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)

# A replaced showwarning is called with the classic arguments.
saved = warnings.showwarning


def mine(message, category, filename, lineno, file=None, line=None):
    print("mine:", message, category.__name__, os.path.basename(filename), lineno)


warnings.showwarning = mine
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom")
warnings.showwarning = saved
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("restored")

# The registry: a module's __warningregistry__.
print(sorted(k for k in globals()["__warningregistry__"] if k != "version")[:2])

# Warning subclasses and stacklevel beyond the stack.
class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("mine", MyWarning)
    warnings.warn("far out", stacklevel=50)
    print([(m.category.__name__, os.path.basename(m.filename), m.lineno) for m in w])

m = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(m)


# stacklevel=2 from dunder methods, properties, generators, comprehensions
# and threads: the caller's line is the one running.
class A:
    def __add__(self, other):
        warnings.warn("add", stacklevel=2)
        return 1

    @property
    def p(self):
        warnings.warn("prop", stacklevel=2)

    def __getitem__(self, k):
        warnings.warn("item", stacklevel=2)


def gen():
    warnings.warn("in gen")
    yield 1
    warnings.warn("in gen 2")
    yield 2


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a = A()
    print("x")
    a + a
    a.p
    a[1]
    for x in gen():
        pass
    l = [warnings.warn("compr") for i in range(1)]
    import threading
    t = threading.Thread(target=g)
    t.start()
    t.join()
    # (the thread's warning points into threading's own code)
    print([(str(m.message), m.lineno) for m in w[:-1]], str(w[-1].message))
