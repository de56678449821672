from enum import Flag, IntFlag, auto
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
    NONE = 0
print(Color.RED, Color.WHITE, repr(Color.WHITE), repr(Color.RED | Color.BLUE), Color(3), Color(0), repr(Color(0)), bool(Color(0)), Color.RED in Color.WHITE, list(Color), len(Color))
print(Color.__members__.keys(), ~Color.RED, Color.NONE, Color(7) is Color.WHITE)
class C2(Flag):
    A = auto()
    B = auto()
print(C2(0), repr(C2(0)), list(C2(3)), C2.A | C2.B)
for v in [8, 16]:
    try: C2(v)
    except ValueError as e: print(e)
class P(IntFlag):
    R = 4
    W = 2
print(P(0), repr(P(0)), P(6), P(9) if False else '', list(P))
