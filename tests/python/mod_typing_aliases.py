import typing
from typing import List, Dict, Tuple, Set, Optional, Union, Callable, Any, Iterable, TypeVar, Generic, Literal, Final, ClassVar, Annotated, Sequence, Type, cast, get_type_hints, overload, final, no_type_check, NoReturn
T = TypeVar('T'); S = TypeVar('S', int, str); B = TypeVar('B', bound=float); Co = TypeVar('Co', covariant=True)
print(T, S, B, Co, T.__name__, S.__constraints__, B.__bound__)
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.5]), scale.__annotations__['return'] == List[float])
ConnectionOptions = Dict[str, str]; Address = Tuple[str, int]
def connect(addr: Address, opts: Optional[ConnectionOptions] = None) -> None: print('connect', addr, opts)
connect(('h', 80))
def apply(f: Callable[[int], int], x: int) -> int: return f(x)
print(apply(lambda n: n + 1, 1), Callable[[int], str] == Callable[[int], str], Callable[..., int])
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
st = Stack[int](); st.push(1); st.push(2); print(st.pop(), st.items)
class Node:
    value: int
    next: 'Optional[Node]' = None
    tags: ClassVar[List[str]] = []
print(sorted(get_type_hints(Node)), Node.next)
def f(x: Literal['a', 'b'], y: Annotated[int, 'meta'], z: Final = 3) -> NoReturn: ...
print(Literal['a'] == Literal['a'], Annotated[int, 'x'].__args__ if hasattr(Annotated[int, 'x'], '__args__') else None)
print(Union[int, str] | None if hasattr(Union[int, str], '__or__') else '', Optional[List[int]])
print(isinstance([], typing.List) if False else True, cast(List[int], (1,)), typing.Text is str, typing.AnyStr is not None)
@final
class Leaf: pass
@no_type_check
def loose(a: 'int') -> 'str': return a
print(Leaf.__name__, loose(3))
x: int = 5; y: 'List[int]'; z: Dict[str, Set[int]] = {}
print(__annotations__ if '__annotations__' in dir() else '', x, z)
print(int | str, list[int], dict[str, list[int]], tuple[int, ...], type[int])
