from enum import Enum, Flag, IntFlag, auto, IntEnum

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC
print(Perm.RW, Perm.ALL.value, list(Perm), Perm.READ in Perm.RW)

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 10
    PINK = auto()
print([(c.name, c.value) for c in Color])

class Shape(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    SQUARE = auto()
    CIRCLE = auto()
print([s.value for s in Shape])

class Num(IntEnum):
    ONE = auto()
    TWO = auto()
    THREE = ONE + TWO
print(list(Num), Num.THREE == 3)

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

class Bits(IntFlag):
    X = auto()
    Y = auto()
    XY = X | Y
print(Bits.XY, int(Bits.XY))
