import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.lshift(1, 5), op.rshift(64, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(3, 2), op.gt(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'), op.getitem([1, 2], 1), op.index(5))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.attrgetter('real')(3), op.attrgetter('real', 'imag')(1+2j))
class A: pass
a = A(); a.b = A(); a.b.c = 7
print(op.attrgetter('b.c')(a), op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', b='x') if False else op.methodcaller('upper')('q'))
x = [1]; x = op.iadd(x, [2]); print(x, op.imul([1], 2), op.isub(5, 2), op.ipow(2, 3), op.ior(1, 2), op.iconcat([1], [3]))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 7), op.length_hint(iter(range(5))), op.call(len, 'abc'))
print(op.matmul.__name__, op.__add__(1, 1), op.itemgetter(1), op.attrgetter('x', 'y'), op.methodcaller('f', 1, k=2))
for bad in [lambda: op.index(1.5), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.indexOf([1], 5), lambda: op.length_hint(3, 'x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
