# isinstance, issubclass, type, callable, id-free identity checks.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", (int, (float, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, (str, int)), issubclass(int, object))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(OSError, Exception))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x"), lambda: isinstance(1, (int, 2))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, list | int), isinstance("s", int | None), issubclass(bool, int | str))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(type(b) is B, type(b) == A, type(b).__name__, type(B).__name__, type(type(b)).__name__)
print(callable(len), callable(A), callable(b), callable(lambda: 0), callable("s"), callable(A.__init__), callable(None))
print([type(v).__name__ for v in [1, 1.0, "", b"", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), 1j, ..., NotImplemented, print, A, b, len, iter([]), (x for x in [])]])
print(bool.__bases__[0].__name__, int.__bases__[0].__name__, object.__bases__, type.__bases__[0].__name__)
print(B.__base__.__name__, A.__base__.__name__, [k.__name__ for k in B.__mro__])
