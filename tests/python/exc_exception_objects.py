# Exception objects: args, str/repr forms, attributes, OSError formatting, notes.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError("a", "b"),
          IndexError(3), TypeError(""), RuntimeError([1, 2])]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("replaced", 1)
print(str(e), repr(e))
class WithAttrs(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code, self.detail = code, detail
w = WithAttrs(404, detail="missing")
print(w.code, w.detail, w.args, str(w), repr(w))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
ns = NoSuper(1, 2)
print(ns.args, repr(str(ns)), repr(ns))
class CustomRepr(Exception):
    def __repr__(self): return "<CustomRepr>"
print(repr(CustomRepr("x")), str(CustomRepr("x")))
print(str(OSError(2, "No such file or directory")), OSError(2, "msg").errno, OSError(2, "msg").strerror)
print(str(OSError("just text")), str(OSError(1, "a", "file.txt")), type(OSError(2, "x")).__name__)
print(str(FileNotFoundError(2, "gone", "f.txt")), issubclass(FileNotFoundError, OSError))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(StopIteration(5)), StopIteration(5).value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt().args)
e = ValueError("with note")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
tb_e = ValueError("t")
print(tb_e.__traceback__, tb_e.with_traceback(None) is tb_e)
try:
    raise tb_e
except ValueError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__])
print(BaseException.__subclasses__()[:0], isinstance(ExceptionGroup("g", [ValueError()]), Exception))
