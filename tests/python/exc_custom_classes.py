class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class NotFound(AppError):
    pass
class WithStr(Exception):
    def __str__(self): return "custom str"
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
print(str(WithStr("x")), repr(WithStr("x")))
try:
    raise WithStr
except WithStr as e:
    print("caught", e)
e = ValueError("first")
e.note = "attached"
print(e.note, e.args)
