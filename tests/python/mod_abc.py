from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
class Half(Shape):
    pass
try:
    Shape()
except TypeError as e: print(e)
try:
    Half()
except TypeError as e: print(e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), isinstance(3, Shape))
class Two(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
try:
    Two()
except TypeError as e: print(e)
class Sized(metaclass=ABCMeta):
    pass
Sized.register(list)
print(isinstance([], Sized), isinstance({}, Sized), issubclass(list, Sized))
print(sorted(Two.__abstractmethods__), Square.__abstractmethods__ == frozenset())
