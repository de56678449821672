# collections.abc: subscripted ABCs (repr, __args__, Callable forms, errors).
from collections.abc import Callable, Iterable, Sized
import collections.abc as c
tests = [lambda: Callable[int], lambda: Callable[int, str], lambda: Callable[[int]], lambda: Callable[[], int].__args__, lambda: Callable[[int, str], None].__args__,
 lambda: Sized[int], lambda: Iterable[int, str], lambda: isinstance([], Iterable[int]), lambda: Iterable[int] == Iterable[int], lambda: Iterable[int].__origin__, lambda: Iterable[int].__parameters__,
 lambda: c.Mapping[str, list[int]], lambda: c.KeysView[int], lambda: c.Set[int], lambda: c.Sequence["x"], lambda: c.Iterable[()], lambda: c.Callable[[], int], lambda: c.Callable[..., int].__args__, lambda: c.Generator[int, None, None], lambda: c.Set[int](), lambda: issubclass(list, c.Iterable[int]), lambda: hash(c.Iterable[int]) == hash(c.Iterable[int]), lambda: Iterable[[int]], lambda: c.Iterable[int][str]]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
class M(c.Sequence[int]):
    def __getitem__(self, i): return [1,2][i]
    def __len__(self): return 2
print(M.__mro__, M.__orig_bases__ if hasattr(M, '__orig_bases__') else None, list(M()))
print(c.__all__)
