from enum import Flag, IntFlag, auto, Enum, IntEnum
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(Color.RED, repr(Color.RED | Color.BLUE), Color(3), Color.RED in (Color.RED | Color.GREEN), list(Color))
print((Color.RED | Color.GREEN) & Color.GREEN, (Color.RED | Color.BLUE) ^ Color.RED, ~Color.RED, Color['GREEN'], len(Color), bool(Color.RED & Color.BLUE))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R + 1, Perm(6), Perm.R & 4, isinstance(Perm.R, int), Perm(0), repr(Perm(7)), str(Perm.X), format(Perm.W, '03d'))
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(max(Pri), Pri.LOW < Pri.HIGH, Pri.HIGH * 2, [p.name for p in sorted(Pri, reverse=True)], Pri(3), f'{Pri.LOW:>4}')
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print([s.name for s in Shape], Shape.ALIAS, Shape(2), list(Shape.__members__), Shape.SQUARE.value, Shape['ALIAS'])
class Animal(Enum):
    DOG = 'dog'
    CAT = 'cat'
    @classmethod
    def _missing_(cls, value):
        return cls.DOG if value == 'puppy' else None
print(Animal('puppy'), Animal('cat'))
try: Animal('cow')
except ValueError as e: print(e)
print(Animal.DOG == Animal.DOG, Animal.DOG != Animal.CAT, Animal.DOG is Animal('dog'), hash(Animal.DOG) == hash(Animal.DOG), sorted([Pri.HIGH, Pri.LOW]))
