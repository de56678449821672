# Class patterns: builtin types with self-matching positional, __match_args__, errors.
def kind(x):
    match x:
        case bool(b):
            return "bool %r" % b
        case int(n) if n < 0:
            return "negative int %d" % n
        case int(n):
            return "int %d" % n
        case float(f):
            return "float %r" % f
        case str() as s if not s:
            return "empty str"
        case str(s):
            return "str %r" % s
        case bytes(b):
            return "bytes %r" % b
        case [int(a), str(b)]:
            return "int-str pair %d %s" % (a, b)
        case list(items):
            return "list of %d" % len(items)
        case tuple((a, b)):
            return "2-tuple %r %r" % (a, b)
        case dict(d):
            return "dict keys %s" % sorted(d)
        case None:
            return "None"
        case _:
            return "other " + type(x).__name__
for v in [True, -3, 7, 2.5, "", "hi", b"by", [1, "a"], [1, 2, 3], (1, 2), (1, 2, 3), {"b": 1, "a": 2}, None, {1}]:
    print(kind(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return "3d %d %d %d" % (x, y, zz)
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point():
            return "somewhere"
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3)]])
class NoArgs:
    pass
for bad in [lambda: kind2(NoArgs()), lambda: kind3(Point(1, 2))]:
    pass
def kind2(x):
    match x:
        case NoArgs(1):
            return "impossible"
def kind3(x):
    match x:
        case Point(1, 2, 3):
            return "too many"
for fn, arg in [(kind2, NoArgs()), (kind3, Point(1, 2))]:
    try:
        fn(arg)
    except TypeError as e:
        print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
match 5:
    case int(5):
        print("int(5) literal sub-pattern")
