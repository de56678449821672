# The operator functions that are one operation each: results, and
# CPython's argument errors.
import operator
print(operator.add, operator.add.__name__, operator.__add__ is operator.add, operator.invert is operator.inv)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o)
    def __lt__(self, o): return self.x < o
    def __iadd__(self, o): self.x += 10 * o; return self
    def __neg__(self): return "neg"
    def __getitem__(self, k): return k * 2
print(operator.add(V(1), 2).x, operator.lt(V(1), 2), operator.neg(V(0)), operator.getitem(V(0), 4), operator.iadd(V(1), 1).x)
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd((1,), (2,)), operator.imatmul.__name__)
print(operator.truth([]), operator.not_(0), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.pow(2, 10), operator.mod(-7, 3), operator.floordiv(7, 2), operator.truediv(1, 4), operator.xor(6, 3), operator.and_({1, 2}, {2}), operator.or_(1, 2))
print(operator.abs(-3), operator.pos(-3), operator.inv(5), operator.lshift(1, 3), operator.rshift(8, 2), operator.sub(5, 7), operator.mul("ab", 2))
print([operator.eq(1, 1.0), operator.ne(1, 2), operator.le(2, 2), operator.ge(1, 2), operator.gt("b", "a")])
d = {}
operator.setitem(d, "k", 1); print(d)
print(sorted([(2, "b"), (1, "a")], key=operator.itemgetter(0)), list(map(operator.mul, [1, 2], [3, 4])))
for f, a, k in [(operator.add, (1,), {}), (operator.add, (1, 2), {"x": 1}), (operator.neg, (), {}), (operator.neg, (1,), {"a": 1}),
                (operator.setitem, (1, 2), {}), (operator.iadd, (1,), {}), (operator.not_, (1, 2), {}), (operator.is_, (1,), {}),
                (operator.lt, (), {}), (operator.pow, (1, 2, 3), {}), (operator.add, (1, "a"), {}), (operator.lt, (1, "a"), {}),
                (operator.neg, ("a",), {}), (operator.getitem, (1, 2), {}), (operator.matmul, (1, 2), {})]:
    try: f(*a, **k)
    except TypeError as e: print(f.__name__, "TypeError:", e)
