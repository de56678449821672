# dict.update() and dict() take a mapping through its keys() and
# __getitem__, before trying it as an iterable of pairs.
from collections.abc import Mapping
class N(Mapping):
    def __getitem__(self, k):
        if k == 'b': return 2
        raise KeyError(k)
    def __iter__(self): return iter(['b'])
    def __len__(self): return 1
d = {}; d.update(N()); print(d)
print(dict(N()))
class K:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(K()))
d = {}; d.update(K()); print(d)
d = {}; d.update(K(), z=1); print(d)
print(dict(K(), w=0))
