# ExceptionGroup construction rules, split/subgroup/derive (without except*).
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, str(eg), len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
for a in [(), ("bad", []), ("bad", [1]), (1, [ValueError()]), ("x", 5), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(eg, Exception), isinstance(beg, Exception))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, ExceptionGroup.__mro__)
e=ExceptionGroup('x', (ValueError(),)); print(repr(e), e.args, e.message, e.exceptions, e.exceptions is e.exceptions)
try: e.split(5)
except Exception as x: print(type(x).__name__, x)
g = ExceptionGroup("o", [KeyError("k"), ExceptionGroup("i", [IndexError("i"), KeyError("k2")])])
g.add_note("n1")
m, r = g.split(lambda x: isinstance(x, KeyError))
print(repr(m), repr(r), m.__notes__, r.__notes__ is g.__notes__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG("my " + self.message, excs)
print(repr(MyEG("m", [ValueError(1), TypeError(2)]).split(TypeError)))
try:
    raise ExceptionGroup("top", [ValueError(1)])
except ExceptionGroup as e:
    print(e, e.exceptions)
