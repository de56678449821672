print(abs(-3), abs(-2.5), abs(True), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 8), pow(2, -2), pow(7, 2, 5), pow(3, -1, 7), round(7.25, 1), round(-7.5), round(12345, -2))
print(bin(10), bin(-10), oct(64), hex(-255), hex(0), int(True) + True, min(3, 1, 2), max([4, 9, 2]))
print(sum(range(101)), sum([0.1] * 10), sum([[1], [2]], []), min("bca"), max({"x": 1, "y": 2}))
print(min([], default="empty"), max([1, 5, 3], key=lambda v: -v), min((1, "b"), (1, "a")))
for bad in [lambda: min([]), lambda: abs("x"), lambda: pow(2, 3, 0), lambda: round("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
