# functools.singledispatch: ABCs in the registry (virtual subclasses),
# union types, string annotations, classmethods in singledispatchmethod,
# and the errors of register().
import functools as ft
import collections.abc as abc


@ft.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: abc.Sequence):
    return "sequence"


@describe.register
def _(x: abc.Mapping):
    return "mapping"


@describe.register(int)
def _(x):
    return "int"


print([describe(v) for v in ([1], (1,), "s", {}, 1, True, 1.5, set(), range(2))])


class Base:
    pass


class Child(Base):
    pass


@describe.register
def _(x: Base):
    return "Base"


print(describe(Child()), describe(Base()))
describe.register(Child, lambda x: "Child")
print(describe(Child()), describe.dispatch(Child)(None), describe.dispatch(bool).__name__)


class Later:
    pass


print(describe(Later()))
abc.Sequence.register(Later)
print(describe(Later()))


class Iterish(Base):
    def __iter__(self):
        return iter(())


@describe.register
def _(x: abc.Iterable):
    return "iterable"


print(describe(Iterish()), describe(Child()), describe(iter([])))


@ft.singledispatch
def kind(x):
    return "other"


kind.register(int | float, lambda x: "number")


def text(x: "str"):
    return "text"


kind.register(text)
print(kind(1), kind(2.5), kind("a"), kind(None), sorted(t.__name__ for t in kind.registry))

for bad in [lambda: kind.register(lambda x: 0), lambda: kind.register(5, lambda x: 0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e).split(":")[0])


def not_a_class(x: 5):
    pass


try:
    kind.register(not_a_class)
except TypeError as e:
    print("TypeError:", e)


class Shapes:
    @ft.singledispatchmethod
    @classmethod
    def make(cls, x):
        return "base " + cls.__name__

    @make.register
    @classmethod
    def _(cls, x: int):
        return "int " + cls.__name__

    @ft.singledispatchmethod
    def area(self, x):
        return "area?"

    @area.register
    def _(self, x: float):
        return "float area"


print(Shapes.make(1), Shapes.make("a"), Shapes().area(1.5), Shapes().area(1))
