from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, cast, TYPE_CHECKING, Iterable, get_type_hints
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
def total(xs: Iterable[int], scale: Optional[float] = None) -> float:
    s = sum(xs)
    return s * scale if scale else s
def apply(f: Callable[[int], str], x: int) -> str:
    return f(x)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), total([1, 2, 3]), total([1, 2], 1.5), apply(str, 5), cast(int, "x"), TYPE_CHECKING)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Union[int, int], Tuple[int, ...], T)
print(get_type_hints(total), isinstance(3, Union[int, str]), List[int] == List[int])
Pair = Tuple[int, int]
def swap(p: Pair) -> Pair:
    return (p[1], p[0])
print(swap((1, 2)), Any, total.__annotations__["return"])
