# typing: user generic classes subscripted, substitution of type variables,
# isinstance with the unsubscripted ABC aliases, get_type_hints with
# string annotations, reprs with None and ().
from typing import (Annotated, Callable, Dict, Generic, List, Literal, Optional, Tuple, TypeVar,
                    Union, get_args, get_origin, get_type_hints)
import typing

T = TypeVar("T")
U = TypeVar("U")


class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item

    @classmethod
    def kind(cls):
        return cls.__name__


IntBox = Box[int]
b = IntBox(3)
print(IntBox, IntBox.__origin__, IntBox.__args__, Box.__parameters__, Box.__orig_bases__)
print(b.item, b.__orig_class__, IntBox.kind(), get_origin(IntBox), get_args(IntBox))


class IntBoxChild(Box[int]):
    pass


print(IntBoxChild.__mro__, IntBoxChild.__parameters__, IntBoxChild(7).item)


class Pair(Generic[T, U]):
    pass


print(Pair[int, str], Pair.__parameters__, Pair[int, str] == Pair[int, str])
for make in [lambda: Box[int, str], lambda: IntBoxChild[int], lambda: Generic[int],
             lambda: Generic[T, T], lambda: isinstance(b, Box[int]), lambda: isinstance([], List[int]),
             lambda: List(), lambda: Tuple(), lambda: Union[int, str](), lambda: List[int][str]]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)

print(Dict[str, T], Dict[str, T][int], Dict[T, List[T]][float], Dict[str, T].__parameters__)
print(Union[int, None, str], Callable[[int], None], Literal[None], Tuple[int, None], Tuple[()])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Annotated[int, "meta"])
print(isinstance([], typing.Sequence), issubclass(dict, typing.Mapping), isinstance(iter([]), typing.Iterator),
      isinstance(len, typing.Callable), isinstance(5, typing.Iterable), typing.Deque([1]), typing.DefaultDict(int))


class Listish(List[int]):
    pass


print(Listish([1, 2]), issubclass(Listish, list))


class Node:
    next: "Optional[Node]"
    value: int


def link(a: "Node", b: "List[Node]", c: None) -> "int":
    pass


def tagged(x: Annotated[int, "units"]) -> None:
    pass


print(get_type_hints(Node))
print(get_type_hints(link))
print(get_type_hints(tagged), get_type_hints(tagged, include_extras=True))
print(get_origin(Annotated[int, 1]) is Annotated, get_args(Annotated[int, 1]), get_origin(Generic))
for ann in ["List[", "Missing"]:
    try:
        get_type_hints(type("Z", (), {"__annotations__": {"a": ann}}))
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
for args in [(int,), (int, str)]:
    try:
        print(TypeVar("V", *args))
    except TypeError as e:
        print("TypeError:", e)
