class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "cents": return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10}|", "{}".format(m), "%s %r" % (m, m))
class Plain: pass
p = Plain()
print(str(p) == repr(p), format(5, ""), format(m, ""))
class OnlyRepr:
    def __repr__(self): return "R"
print(str(OnlyRepr()), f"{OnlyRepr()}")
