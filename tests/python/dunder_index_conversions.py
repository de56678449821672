# __index__ in range/slice indices and sequence repetition; result checks of __int__, __float__, __index__, __trunc__.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Both(Idx):
    def __rmul__(self, other): return "rmul"
print(range(10)[Idx(3)], range(10)[Idx(-1)], "abcdef"[Idx(1):Idx(-1):Idx(2)], (1, 2, 3)[Idx(1):])
print([0] * Idx(3), Idx(2) * "ab", (1,) * Idx(2), b"x" * Idx(3), [1] * Both(5))
for bad in [lambda: range(3)[Idx(5)], lambda: "ab"[Idx(10**30):], lambda: [1] * Idx(1.5), lambda: range(3)[Idx("x")]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "x"
class BoolInt:
    def __int__(self): return True
class BadFloat:
    def __float__(self): return 1
class IdxFloat:
    def __index__(self): return 7
class BadTrunc:
    def __trunc__(self): return 1.5
for f in [lambda: int(BadInt()), lambda: int(BoolInt()), lambda: float(BadFloat()), lambda: float(IdxFloat()),
          lambda: complex(IdxFloat(), IdxFloat()), lambda: complex(BadFloat()), lambda: int(BadTrunc())]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
