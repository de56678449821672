# abs, divmod, pow, round, sum, min, max on numbers.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10 ** 30), abs(3 - 4j))
class A:
    def __abs__(self): return "custom abs"
print(abs(A()))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2, 8, 7), pow(-3, 3), pow(2.5, 2), pow(4, 0.5))
print(round(7.456), round(7.456, 1), round(-7.5), round(8.5), round(12345, -2), round(0.1 + 0.2, 15))
class R:
    def __round__(self, n=None): return "round(%r)" % (n,)
print(round(R()), round(R(), 3))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)))
print(sum([True, True, False]), sum([1, 2.5]), sum(x * x for x in range(4)), sum([1, 2], start=3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"), max([], default=None))
print(min([-3, 2, 1], key=abs), max(["apple", "fig", "banana"], key=len), max([1, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min("hello", "world"), max(1, 2.5, True), min([1, 1.0]), max([1.0, 1]))
print(max([3, 3, 1], key=lambda v: 0), min(["b", "a", "c"], key=lambda v: 0))
for call in [lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, key=None, default=0), lambda: min([1, "a"])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(abs(-7) == 7 == max(-7, 7), divmod(-7, -2), pow(10, 3, 999))
