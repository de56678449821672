# collections.deque, native: every method, errors, maxlen, iteration checks,
# subclassing, copy and repr.
import copy
from collections import deque
import collections.abc


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.insert(2, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w')
print(d)
d.remove('x'); print(d)
print(d.index(5), d.index(2, 3), d.count(5), 5 in d, 99 in d)
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(len(d) * 3 + 1); print(d)
d.reverse(); print(d)
print(d[0], d[-1], d[2])
d[0] = 'first'; d[-1] = 'last'; print(d)
del d[1]; del d[-2]; print(d)
print(list(reversed(d)), list(d))
c = d.copy(); c.clear(); print(c, d)
print(deque('abc') + deque('de'), deque([1, 2]) * 3, 2 * deque([7]), deque([1]) * 0)
e = deque([1]); e += [2, 3]; e *= 2; print(e)
e += e; print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1]) < deque([2]),
      deque([1, 2]) <= deque([1, 2]), deque([3]) > deque([1, 5]), deque() >= deque(), deque([1]) == [1])
print(deque(maxlen=3, iterable=range(10)), deque(range(10), 0), deque().maxlen, deque([], 5).maxlen)
print(deque[int], deque, type(deque()).__name__)
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))

# maxlen
m = deque(maxlen=3)
for i in range(5):
    m.append(i)
print(m)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
m.extendleft([20, 21]); print(m)
t(lambda: m.insert(0, 1))
print(m * 2, m + deque([1, 2, 3, 4]))
m *= 5; print(m)

# errors
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque([1, 2, 1]).index(1, 1, 2))
t(lambda: deque([1])[5])
t(lambda: deque([1])[-2])
t(lambda: deque([1])[1:])
t(lambda: deque([1])['a'])
t(lambda: deque([1]).__setitem__(5, 1))
t(lambda: deque([1]).__delitem__(5))
t(lambda: hash(deque()))
t(lambda: deque([], 'a'))
t(lambda: deque([], -1))
t(lambda: deque(1))
t(lambda: deque([1], 2, 3))
t(lambda: deque(foo=3))
t(lambda: deque([1]) + [1])
t(lambda: deque([1]) < [2])
t(lambda: deque([1]).count())
t(lambda: deque([1]).append())
t(lambda: deque([1]).pop(1))
t(lambda: deque([1, 2, 3]).rotate('a'))
t(lambda: deque([1]).insert('a', 1))
try:
    deque().maxlen = 3
except AttributeError:
    print("maxlen is read-only")

# mutation during iteration
for name, args in [('append', (1,)), ('appendleft', (1,)), ('pop', ()), ('popleft', ()),
                   ('extend', ([1],)), ('rotate', (1,)), ('clear', ()), ('reverse', ()),
                   ('remove', (2,)), ('insert', (0, 5)), ('__setitem__', (0, 9)),
                   ('__delitem__', (0,))]:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    getattr(d, name)(*args)
    try:
        next(it)
        print(name, 'no error')
    except RuntimeError as e:
        print(name, e)


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


d = deque([1, 2, 3])
d.append(Eq(d))
t(lambda: d.count(5))
d = deque([Eq(None)]); d[0].d = d
t(lambda: d.index(5))
d = deque([Eq(None)]); d[0].d = d
t(lambda: d.remove(5))

# repr
r = deque([1]); r.append(r); print(r)
r2 = deque([1], maxlen=3); r2.append(r2); print(r2)
print(repr(deque(['a', None, 1.5])))


# subclassing
class D(deque):
    def __init__(self, iterable=(), maxlen=None, tag='t'):
        super().__init__(iterable, maxlen)
        self.tag = tag

    def total(self):
        return sum(self)


x = D([1, 2, 3], 5, tag='z')
x.append(4)
print(x, x.tag, x.total(), len(x), x.maxlen, isinstance(x, deque), type(x).__name__)
print(x == deque([1, 2, 3, 4]), list(x), x[0], 3 in x)
y = x.copy(); print(type(y).__name__, y, y.maxlen)
z = copy.copy(x); print(type(z).__name__, z, z.tag)
w = copy.deepcopy(x); print(type(w).__name__, w, w.tag)
t(lambda: hash(x))


class E(deque):
    pass


e = E('ab'); e.extend('cd'); print(e, bool(E()), bool(e))

# copy / deepcopy
inner = [1, 2]
d = deque([inner, 3], maxlen=4)
c1 = copy.copy(d); c2 = copy.deepcopy(d)
print(c1, c2, c1.maxlen, c2.maxlen, c1[0] is inner, c2[0] is inner)
print(d.__copy__(), d.__reduce__()[:3])

# deque in a cycle is collected
import gc
class Node:
    pass
n = Node(); n.q = deque([n]); del n
gc.collect()
print("done")
print(deque.__class_getitem__(int), D[str])
print(type(iter(deque())), type(reversed(deque())))
