# Class patterns: __match_args__, keywords, builtins, inheritance, errors.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Labeled(Point):
    pass


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def describe(v):
    match v:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return "3d on plane at %r,%r" % (x, y)
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return "on an axis at %r" % (x,)
        case Labeled(x=x, y=y):
            return "labeled %r,%r" % (x, y)
        case Point(x=px, y=py) if px == py:
            return "diagonal %r" % (px,)
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "vertical line at x=%r from %r to %r" % (x1, y1, y2)
        case Line(start=Point() as s, end=e):
            return "line from %r to %r" % (s, e)
        case Point():
            return "some point %r" % (v,)
        case _:
            return "not a shape"


for v in [Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0),
          Point(5, 0), Point(0, 7), Labeled(1, 2), Point(3, 3), Point(1, 2),
          Line(Point(1, 0), Point(1, 5)), Line(Point(0, 0), Point(2, 3)), 42]:
    print(describe(v))


# Built-in classes match themselves with one positional sub-pattern.
def builtin(v):
    match v:
        case bool(b):
            return "bool %r" % (b,)
        case int(0):
            return "int zero"
        case int(i):
            return "int %r" % (i,)
        case float(f) if f < 0:
            return "negative float %r" % (f,)
        case float():
            return "float"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return "str %r" % (s,)
        case list([x, *_]):
            return "list starting %r" % (x,)
        case tuple(t):
            return "tuple of %d" % len(t)
        case dict({"k": kv}):
            return "dict with k=%r" % (kv,)
        case dict(d):
            return "dict of %d" % len(d)
        case set(s):
            return "set of %d" % len(s)
        case _:
            return "other %s" % type(v).__name__

for v in [True, 0, 7, -1.5, 2.0, "", b"", "hi", [9, 8], [], (1, 2),
          {"k": 1}, {"a": 1}, {1, 2, 3}, None, range(2)]:
    print(repr(v), "->", builtin(v))


# Keyword sub-patterns read any attribute, including properties and methods.
class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

match Temp(100):
    case Temp(f=212.0, c=c):
        print("boiling at", c)

match "text":
    case str(upper=u):
        print("bound method:", u())

# Missing attributes fail the match without an error.
class Sparse:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1

match Sparse():
    case Sparse(1, b):
        print("has b?")
    case Sparse(a, missing=m):
        print("has missing?")
    case Sparse(a):
        print("only a:", a)

# __match_args__ is looked up on the class, inherited by subclasses.
class Base:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass

match Derived(5):
    case Base(v):
        print("matched through the base class:", v)
match Base(5):
    case Derived(v):
        print("wrong")
    case Base(v):
        print("a Base is not a Derived")

# Errors, as CPython reports them.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]

class BadNames:
    __match_args__ = ("x", 2)
    x = 1

class Dup:
    __match_args__ = ("x",)
    x = 1

not_a_class = len

def attempt(label, f):
    try:
        f()
        print(label, "matched/failed quietly")
    except TypeError as e:
        print(label, "TypeError:", e)

def t1():
    match NoArgs():
        case NoArgs(1):
            pass
def t2():
    match 5:
        case int(1, 2):
            pass
def t3():
    match BadArgs():
        case BadArgs(1):
            pass
def t4():
    match BadNames():
        case BadNames(1, 2):
            pass
def t5():
    match Dup():
        case Dup(1, x=1):
            pass
def t6():
    match 5:
        case not_a_class():
            pass
def t7():
    match 5:
        case Point(1, 2, 3):
            pass
def t8():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
def t9():
    match Point3(1, 2, 3):
        case Point(1, 2, 3):
            pass
def t10():
    match NoArgs():
        case NoArgs():
            pass

for i, f in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10], 1):
    attempt("t%d" % i, f)

# A class with no __match_args__ still takes keyword sub-patterns.
class Plain:
    def __init__(self):
        self.name = "plain"

match Plain():
    case Plain(name="plain"):
        print("keyword-only class pattern")

# isinstance checks use the class hierarchy, including exceptions.
for exc in [ValueError("v"), KeyError("k"), TypeError("t")]:
    match exc:
        case LookupError(args=(key,)):
            print("lookup error for", key)
        case ValueError() | TypeError() as e:
            print("value or type error:", type(e).__name__, e)
