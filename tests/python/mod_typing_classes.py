from typing import (NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Union, List, Dict,
                    Tuple, Callable, Any, Iterable, Iterator, Sequence, Mapping, ClassVar, Final,
                    Literal, cast, overload, get_args, get_origin, runtime_checkable, NewType, Set,
                    FrozenSet, Type, DefaultDict, Counter, Deque, TYPE_CHECKING, AnyStr, NoReturn)
import typing

class P(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

p = P(1, 2)
print(p, p.x, p.y, p.label, P._fields, P._field_defaults, p._asdict(), p._replace(x=5))
print(P(3), isinstance(p, tuple), len(p), p[0])
a, b, c = p
print(a, b, c)

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m) is dict, m["title"])
m2: Movie = {"title": "x", "year": 1}
print(m2)

class Partial(TypedDict, total=False):
    a: int
print(Partial(a=1), Partial())

T = TypeVar("T")
K = TypeVar("K")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

print(Box(3).get(), Box[int](4).get(), Box[str]("s").item)

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v
print(Pair[str, int]("a", 1).v)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class F:
    def close(self):
        print("closed")

f = F()
print(isinstance(f, Closer), isinstance(3, Closer))
f.close()

class Shape(Protocol):
    def area(self) -> float: ...

class Sq:
    def area(self) -> float:
        return 4.0

def total(s: Shape) -> float:
    return s.area()
print(total(Sq()))

UserId = NewType("UserId", int)
print(UserId(5), type(UserId(5)))

def fn(a: Optional[int], b: Union[int, str], c: List[Dict[str, Tuple[int, ...]]], d: Callable[[int], str]) -> Iterator[int]:
    yield a
print(list(fn(1, 2, [], str)), fn.__annotations__["b"] == Union[int, str])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(Union[int, str]), get_origin(Union[int, str]) is Union)
print(get_args(int), get_origin(int), get_args(Optional[int]))
print(cast(int, "x"), TYPE_CHECKING)
print(Optional[int] == Union[int, None], Union[int, int] == int)

class C:
    n: ClassVar[int] = 3
    m: Final = 4
    lit: Literal["a", "b"] = "a"
print(C.n, C.m, C.lit, C.__annotations__["n"] == ClassVar[int])

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(2), g("s"))
v: Sequence[int] = [1]
w: Mapping[str, Any] = {}
x: Set[int] = set(); y: FrozenSet[int] = frozenset(); z: Type[int] = int
print(v, w, x, y, z)
print(repr(List[int]), repr(Dict[str, int]), repr(Optional[int]), repr(Union[int, str]))
