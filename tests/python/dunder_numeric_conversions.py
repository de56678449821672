# __int__, __float__, __complex__, __index__, __round__, __bool__ conversions.
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return ("round", nd)
    def __bool__(self): return self.v != 0
n = Num(3)
print(int(n), float(n), complex(n), round(n), round(n, 2), bool(n), bool(Num(0)))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(n)
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print(int(i), float(i), [10, 20, 30][i], range(10)[i], hex(i), bin(i), "abc"[i:])
print([0] * i, "ab" * i, (1, 2, 3)[i:], divmod(7, 2))
class BadInt:
    def __int__(self): return "not int"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class OnlyFloat:
    def __float__(self): return 2.5
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(float(OnlyFloat()), complex(OnlyFloat()))
class Trunc:
    def __trunc__(self): return 77
try:
    print(int(Trunc()))
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int): pass
class FloatSub(float): pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__, float(FloatSub(1.5)), type(float(FloatSub(1.5))).__name__)
print(int(True), float(False), complex(True), int(-2.7), round(Idx(5).__index__(), -1))
try:
    int(Num)
except TypeError as e:
    print(type(e).__name__, e)
