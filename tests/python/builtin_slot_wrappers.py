print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"))
print((1).__add__(2), (1).__add__(2.0), (1.5).__add__(2), (2).__radd__(3), (7).__rsub__(10))
print([].__len__(), [1, 2].__contains__(2), [1].__add__([2]), [1].__mul__(3), "ab".__rmul__(2), (3).__mul__("ab"))
print(int.__add__(1, 2), str.__add__("x", "y"), int.__neg__(5), (5).__neg__(), (-3).__abs__(), (2.5).__abs__())
print((1).__eq__(1), (1).__eq__("a"), "a".__eq__("a"), "a".__lt__("b"), "a".__lt__(1), (1).__lt__(2.5))
print({1: 2}.__getitem__(1), {1: 2}.__len__(), {1}.__or__({2}), (1, 2).__hash__() == hash((1, 2)), range(5).__len__())
d = {}
d.__setitem__("k", 1)
print(d, (7).__divmod__(2), (7).__rdivmod__(20), (1).__bool__(), (0).__bool__(), (3.7).__int__(), (3).__float__())
l = [1, 2, 3]
l.__delitem__(0)
l.__iadd__([9])
print(l, (5).__index__(), (5).__invert__(), "abc".__iter__().__class__.__name__ if False else list("abc".__iter__()))
print(b"ab".__add__(b"c"), bytearray(b"x").__len__(), (1).__truediv__(0) if False else (6).__truediv__(4), (2).__pow__(10))
try:
    (1).__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    "abc".__len__(1)
except TypeError as e:
    print("TypeError", e)
print(hasattr(5, "__len__"), hasattr("x", "__len__"), hasattr([], "__hash__"), (1).__repr__(), "a".__repr__(), "a".__str__())
print(int.__lt__(1, 2), float.__mul__(2.0, 3), list.__len__([1, 2]), tuple.__contains__((1,), 1), (3).__rpow__(2))
