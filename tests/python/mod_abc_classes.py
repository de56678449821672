from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, update_abstractmethods, get_cache_token
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name} with area {self.area()}'
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Meta(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Meta.__abstractmethods__))
class Iface(ABC): pass
Iface.register(int); print(isinstance(3, Iface), issubclass(bool, Iface), isinstance('s', Iface))
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), isinstance(1, Duck), issubclass(D, Duck))
@Iface.register
class Reg: pass
print(issubclass(Reg, Iface), Reg.__name__)
class Late(ABC):
    @abstractmethod
    def f(self): ...
Late.f = lambda self: 1
update_abstractmethods(Late); print(Late.__abstractmethods__, Late().f())
print(type(Shape).__name__, isinstance(get_cache_token(), object))
