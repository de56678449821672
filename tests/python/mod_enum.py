from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, [m.name for m in Color], list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, {Color.RED: "r"}[Color.CRIMSON], isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e: print(e)
try:
    Color["PINK"]
except KeyError as e: print("KeyError", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self): return f"{self.name.lower()} #{self.value}"
print(Shape.SQUARE.value, Shape.CIRCLE.describe(), f"{Shape.SQUARE}", type(Shape.SQUARE).__name__, Shape)
class Level(IntEnum):
    LOW = 1
    HIGH = 10
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level.LOW == 1, sorted([Level.HIGH, Level.LOW]), str(Level.HIGH), int(Level.HIGH), isinstance(Level.LOW, int))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R.value, Perm.W.value, Perm.X.value, rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    Color.RED = 5
except AttributeError as e: print("AttributeError", e)
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
