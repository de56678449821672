# __slots__ on exception subclasses: the slot values live beside the
# exception's __dict__, which exceptions keep (as CPython's do).


class Coded(Exception):
    __slots__ = ("code", "detail")

    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail


class MoreCoded(Coded):
    __slots__ = ("level",)


e = Coded(3)
print(e.code, e.detail, e.args, hasattr(e, "__dict__"), e.__dict__)
e.extra = "x"
print(e.__dict__, e.code)
try:
    raise Coded(5, "bad")
except Coded as x:
    print("caught", x.code, x.detail, repr(x), str(x))

m = MoreCoded(7)
m.level = 2
print(m.code, m.level, isinstance(m, Coded))
del m.level
try:
    m.level
except AttributeError as x:
    print("AttributeError:", x)
try:
    del m.level
except AttributeError as x:
    print("AttributeError:", x)
print(type(Coded.__dict__["code"]).__name__, Coded.code)
print(sorted(k for k in vars(Coded) if not k.startswith("__")))
