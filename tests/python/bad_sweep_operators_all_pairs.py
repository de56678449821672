# Every binary operator between every pair of assorted values, and the unary ones: each returns or raises, none crashes.
import operator
vals = [0, -1, 7, 10**30, -10**30, 1.5, -0.0, float("nan"), float("inf"), 1j, "", "abc", b"", b"xy", bytearray(b"q"), [], [1, [2]], (), (1,), {}, {1: 2},
        set(), {1, 2}, frozenset({1}), None, True, range(3), slice(1, 2), len, int, object()]
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, operator.pow, operator.lshift,
       operator.rshift, operator.and_, operator.or_, operator.xor, operator.lt, operator.le, operator.eq, operator.ne, operator.gt,
       operator.ge, operator.contains, operator.getitem, divmod, operator.matmul]
count = 0
for a in vals:
    for b in vals:
        for op in ops:
            if op is operator.pow and isinstance(b, int) and not isinstance(b, bool) and b > 100 and not isinstance(a, (int, float)) :
                pass
            if op in (operator.pow, operator.lshift) and isinstance(b, int) and abs(b) > 1000:
                continue
            if op is operator.mul and isinstance(b, int) and abs(b) > 1000 and isinstance(a, (str, bytes, bytearray, list, tuple)):
                continue
            if op is operator.mul and isinstance(a, int) and abs(a) > 1000 and isinstance(b, (str, bytes, bytearray, list, tuple)):
                continue
            try:
                op(a, b)
            except Exception:
                pass
            count += 1
        for uop in (operator.neg, operator.pos, operator.invert, abs, hash, repr, str, bool, len, iter, sorted, list, tuple, set):
            try:
                uop(a)
            except Exception:
                pass
print("ok", count)
