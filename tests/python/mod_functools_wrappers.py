# functools: wraps/update_wrapper with assigned and updated, reduce's
# argument errors, cached_property without a __dict__, cmp_to_key keys
# being unhashable, recursive_repr.
import functools as ft

print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)


def original():
    "the doc"


original.tag = "kept"
original.count = 3


@ft.wraps(original)
def wrapper():
    pass


print(wrapper.__name__, wrapper.__doc__, wrapper.tag, wrapper.count, wrapper.__wrapped__ is original)


def other():
    pass


ft.update_wrapper(other, original, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__, hasattr(other, "tag"))

for args in [(), (max,), (max, 1), (max, [], 0, 1)]:
    try:
        ft.reduce(*args)
    except TypeError as e:
        print(len(args), "args:", e)
for call in [lambda: ft.reduce(max, [1], initial=0), lambda: ft.reduce(max, []),
             lambda: ft.reduce(max, 5)]:
    try:
        call()
    except TypeError as e:
        print("reduce:", e)
print(ft.reduce(lambda a, b: a * b, range(1, 6)), ft.reduce(max, [], "init"))


class Slotted:
    __slots__ = ("a",)

    @ft.cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("cached_property:", e)

key = ft.cmp_to_key(lambda a, b: a - b)
try:
    hash(key(1))
except TypeError as e:
    print("cmp_to_key:", e)
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(2) == key(2))


class Node(list):
    @ft.recursive_repr()
    def __repr__(self):
        return "Node(" + ", ".join(repr(x) for x in self) + ")"


n = Node([1, 2])
n.append(n)
print(repr(n), Node.__repr__.__name__)


class Box:
    def __init__(self, item):
        self.item = item

    @ft.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Box(%r)" % (self.item,)


b = Box(None)
b.item = [b, Box(5)]
print(repr(b))
