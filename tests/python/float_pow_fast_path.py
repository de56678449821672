# float ** float takes a fast path for a positive finite base and a finite
# exponent; every other case (and overflow) keeps CPython's rules.
import math

cases = [2.0, 0.5, 1.0, 1e-300, 1e300, 3.7, 0.0, -0.0, -2.0, -0.5, math.inf, -math.inf, math.nan]
exps = [0.5, 2.0, -1.0, 0.0, -0.0, 3.0, 1e10, -1e10, 0.3333, math.inf, -math.inf, math.nan, 1000.0, -1000.0]
for x in cases:
    row = []
    for y in exps:
        try:
            r = x ** y
            row.append(repr(r))
        except (OverflowError, ZeroDivisionError) as e:
            row.append(type(e).__name__)
    print(repr(x), " ".join(row))
v = 9.0
v **= 0.5
print(v, 2 ** 0.5, 2.0 ** 2, 10 ** -2, (-8.0) ** (1 / 3))
acc = 0.0
for i in range(1, 2000):
    d = i * 0.37
    acc += d * d ** 0.5
print(acc)
