from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, [m.name for m in Color], Color.__members__.keys())
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print('KeyError', e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO == 2, N(1), sorted([N.TWO, N.ONE]), repr(N.ONE), str(N.ONE), f"{N.TWO}", int(N.TWO))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, A.Y)
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, bool(P(0)), rw & P.W, list(rw) if hasattr(rw, '__iter__') else '', P.R.value, P.X.value, ~P.R)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.X, int(Perm.R | Perm.W), Perm(7), repr(Perm(5)), Perm.R | 8)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.B, S.A == 'a', repr(S.B), S.A.upper())
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return 6.67e-11 * self.mass / self.radius ** 2
print(round(Planet.EARTH.g, 3), Planet.EARTH.value)
class M(Enum):
    A = 1
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def first(cls): return list(cls)[0]
print(M.A.describe(), M.first(), hash(M.A) == hash(M.A), M.A == 1, {M.A: 'x'}[M.A])
F = Enum('F', 'A B C'); print(F.B, F.B.value, list(F))
G = Enum('G', [('X', 10), ('Y', 20)]); print(G.Y.value, G(10))
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__)
try: Color.RED = 5
except AttributeError as e: print('AttributeError', e)
