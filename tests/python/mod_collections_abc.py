from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Generator
import collections.abc as cabc
from collections import OrderedDict, Counter
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance([], Sequence), isinstance((), Sequence), isinstance("s", Sequence), isinstance({}, Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(OrderedDict(), Mapping), isinstance(Counter(), MutableMapping), isinstance([], Mapping))
print(isinstance(set(), Set), isinstance(frozenset(), MutableSet), isinstance(set(), MutableSet), isinstance(len, Callable), isinstance(3, Callable))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance([], Sized), isinstance(3, Sized), isinstance("x", Container), isinstance((x for x in []), Generator))
class Bag:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
print(isinstance(Bag(), Sized), isinstance(Bag(), Collection), isinstance(Bag(), Sequence), issubclass(Bag, Iterable), issubclass(list, cabc.Reversible))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, "z" in m, len(m), sorted(m.keys()), isinstance(m, Mapping))
try:
    Mapping()
except TypeError as e:
    print(e)
