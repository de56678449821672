from collections import abc, deque, OrderedDict, defaultdict, Counter
import collections.abc as cabc
checks = [abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Collection, abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping, abc.Set, abc.MutableSet, abc.Hashable, abc.Callable, abc.Generator]
values = [[1], (1,), 'ab', b'ab', {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in ()), deque(), OrderedDict(), defaultdict(int), Counter(), 5, None, bytearray(), abs.__call__ if False else print if False else (lambda: 0)]
for v in values:
    print(type(v).__name__, ''.join('1' if isinstance(v, c) else '.' for c in checks))
class MySeq(abc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = MySeq([3, 1, 2, 3]); print(list(s), s.index(2), s.count(3), 1 in s, list(reversed(s)), isinstance(s, abc.Reversible))
class MyMap(abc.Mapping):
    def __init__(self): self.d = {'a': 1, 'b': 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return 2
m = MyMap(); print(list(m.keys()), list(m.items()), m.get('z', 0), 'a' in m, m == {'a': 1, 'b': 2})
class MySet(abc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MySet([1, 2]); ms |= {3}; print(list(ms), list(ms & {1, 3}), ms <= {1, 2, 3, 4}, ms.isdisjoint({9}))
try: abc.Sequence()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), cabc.Mapping is abc.Mapping, issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence))
