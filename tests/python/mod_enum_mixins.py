# Enums with a data type mixed in compare and hash as that type; an enum
# with members cannot be subclassed; IntFlag values with no named bit;
# name and value are read-only.
from enum import Enum, IntFlag, Flag


class S(str, Enum):
    A = "a"
    B = "b"


class I(int, Enum):
    ONE = 1


print(S.A == "a", "a" == S.A, S.A != "b", hash(S.A) == hash("a"), {"a": 1}[S.A])
print(I.ONE == 1, I.ONE + 1, hash(I.ONE) == hash(1), sorted([S.B, S.A]))


class Plain(Enum):
    X = 1


print(Plain.X == 1, Plain.X == Plain.X, Plain.X != Plain(1))

for base in (S, Plain):
    try:
        class Sub(base):
            C = "c"
    except TypeError as e:
        print("extend:", e)


class Mixin(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Child(Mixin):
    low = 1


print(Child.low.shout())


class IP(IntFlag):
    A = 1
    B = 2


print(repr(IP(8)), str(IP(8)), repr(IP(9)), repr(IP(0)), repr(IP.A | IP.B))


class F(Flag):
    A = 1
    B = 2


print(repr(F(0)), repr(F(3)), str(F(3)))

for attr in ("name", "value"):
    try:
        setattr(Plain.X, attr, 2)
    except AttributeError as e:
        print(e)
Plain.X.note = "extra attributes are fine"
print(Plain.X.note)
