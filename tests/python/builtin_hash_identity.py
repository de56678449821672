# Functions, builtins, generators, descriptors and methods hash by identity (usable as dict keys).
def f(): yield 1
class C:
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    __slots__ = ("a",)
objs = {"func": f, "builtin": len, "gen": f(), "prop": C.__dict__["p"], "sm": C.__dict__["s"], "cm": C.__dict__["c"], "member": C.__dict__["a"], "method": C.c, "lambda": lambda: 0}
for k, o in objs.items():
    try:
        print(k, hash(o) == hash(o), {o: 1}[o])
    except TypeError as e:
        print(k, "TypeError", e)
