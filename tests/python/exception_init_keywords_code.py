# BaseException.__init__ keywords (ImportError's name/path, AttributeError's
# name/obj, none for the rest) and SystemExit.code, as CPython.
for make in (lambda: ValueError(x=1), lambda: ImportError("m", name="mod", path="/p"), lambda: AttributeError("x", name="n", obj=5), lambda: ImportError(bad=1)):
    try:
        e = make()
        print(type(e).__name__, e.args, getattr(e, "name", "-"), getattr(e, "path", "-"), getattr(e, "obj", "-"))
    except TypeError as err:
        print("TypeError:", err)
se = SystemExit(3)
se.code = 9
print(se.code, se.args)
print(SystemExit().code, SystemExit(1, 2).code, SystemExit("x").code)
try:
    raise SystemExit(0)
except SystemExit as e:
    e.code = 4
    print(e.code)
