import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
shared = [1]; x = [shared, shared]; y = copy.deepcopy(x); print(y[0] is y[1], y[0] is shared)
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, rr is not r)
class P:
    def __init__(self, v): self.v = v; self.l = [v]
p = P(3); q = copy.copy(p); w = copy.deepcopy(p); p.l.append(4)
print(q.l, w.l, type(w).__name__, w.v)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self): c = Custom(); c.log = ['copied']; return c
    def __deepcopy__(self, memo): c = Custom(); c.log = ['deep', len(memo) >= 0]; return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy([Custom()])[0].log)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
memo = {}; o = [1, 2]; c1 = copy.deepcopy(o, memo); print(id(o) in memo, memo[id(o)] is c1)
print(copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy('s'), copy.deepcopy(None), copy.copy(3.5))
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
z = copy.deepcopy(Slotted()); print(z.a, z.b)
class WithReduce:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (WithReduce, (self.x * 10,))
print(copy.copy(WithReduce(2)).x, copy.deepcopy(WithReduce(3)).x)
import collections
dd = collections.defaultdict(list, {'a': [1]}); dc = copy.deepcopy(dd); dc['a'].append(2); print(dd, dc)
od = collections.OrderedDict(x=1); print(copy.copy(od), copy.deepcopy(collections.Counter('aab')))
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int)
try: copy.Error
except AttributeError as e: print(e)
print(issubclass(copy.Error, Exception))
