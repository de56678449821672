# abc: abstract class methods, static methods and properties count as
# abstract until a subclass defines them.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def unit():
        ...


class Square(Shape):
    def area(self):
        return 4


class Named(Square):
    name = "square"


class Complete(Named):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return "cm"


print(sorted(Shape.__abstractmethods__))
for cls in (Shape, Square, Named, Complete):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.area(), obj.name, type(cls.make()).__name__, cls.unit())
    except TypeError as e:
        print(e)
print(sorted(Square.__abstractmethods__), sorted(Named.__abstractmethods__), Complete.__abstractmethods__)
