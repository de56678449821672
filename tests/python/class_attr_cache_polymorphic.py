# One attribute instruction sees instances of many classes (a base class
# method run on subclasses): each class's answer must stay its own, with
# more classes than the site has cache entries, properties and slots
# mixed in, and classes changed between rounds.


class Base:
    def __init__(self, n):
        self.value = n
        self.tag = type(self).__name__

    def describe(self):
        # the same LoadAttr / StoreAttr / LoadMethod sites for every class
        self.value = self.value + 1
        return f"{self.tag}:{self.value}:{self.kind()}"

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "a"


class B(Base):
    pass


class C(Base):
    def kind(self):
        return "c"


class D(Base):
    # a data descriptor named like the instance attribute: never the dict
    @property
    def value(self):
        return self._v * 10

    @value.setter
    def value(self, v):
        self._v = v


class E(Base):
    __slots__ = ("value_slot",)


class F(C):
    def kind(self):
        return "f:" + super().kind()


class G(Base):
    tag = "class-level"

    def __init__(self, n):
        self.value = n  # no instance tag: the class attribute answers


objs = [cls(i) for i, cls in enumerate([A, B, C, D, E, F, G, Base, A, D, G])]
for round_no in range(3):
    print(round_no, [o.describe() for o in objs])
    if round_no == 0:
        # shadow a method in one instance dict, and change a class
        objs[1].kind = lambda: "instance-kind"
        C.kind = lambda self: "patched-c"
    if round_no == 1:
        del objs[1].kind
        G.tag = "retagged"
        Base.kind = lambda self: "new-base"

# the same site reading a missing attribute on some classes
class H:
    pass


class I:
    def __getattr__(self, name):
        return "fallback-" + name


for o in [H(), I(), A(1), I(), H()]:
    try:
        print(type(o).__name__, o.missing)
    except AttributeError as e:
        print("AttributeError", e)
