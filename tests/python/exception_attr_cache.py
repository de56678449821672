# Attribute reads and writes on exceptions through the inline caches: the
# names an exception keeps in its __dict__, and the ones it answers itself.


class AppError(Exception):
    kind = "app"

    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail


class WithProp(Exception):
    @property
    def detail(self):
        return "from property"


class Fallback(Exception):
    def __getattr__(self, name):
        return "fallback " + name


def read(e):
    return e.code, e.detail, e.kind, e.args


for i in range(3):
    e = AppError(i, "d%d" % i)
    print(read(e))
    e.detail = "changed"
    e.extra = i * 2
    print(e.detail, e.extra, sorted(e.__dict__))

p = WithProp("x")
for _ in range(2):
    print(p.detail)
f = Fallback()
for _ in range(2):
    print(f.missing)

# Names exceptions answer themselves.
se = SystemExit(3)
print(se.code, se.args)
si = StopIteration("v")
print(si.value)
oe = OSError(2, "No such file", "f.txt")
print(oe.errno, oe.strerror, oe.filename)
ie = ImportError("m")
print(ie.name, ie.path)
ke = KeyError("k")
ke.args = ("other",)
print(ke.args, ke)
try:
    raise ValueError("boom")
except ValueError as err:
    print(err.__traceback__ is not None, err.__context__, err.__cause__, err.__suppress_context__)
    err.add_note("a note")
    print(err.__notes__)
    print(err.with_traceback(None) is err)
for _ in range(2):
    try:
        AppError(1, 2).missing
    except AttributeError as err:
        print("AttributeError:", err)
eg = ExceptionGroup("msg", [ValueError(1)])
print(eg.message, eg.exceptions)
class Guarded(Exception):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("guarded", value))
    def __delattr__(self, name):
        print("del", name)
class Seen(Exception):
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
g = Guarded("a")
for _ in range(2):
    g.x = 1
    print(g.x)
del g.x
s = Seen("m")
for _ in range(2):
    print(s.magic, s.args)
try:
    raise Guarded("r")
except Guarded as e:
    e.y = 2
    print(e.y, e.args)
