# inf, nan, -0.0 behaviour and float conversion errors.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), abs(-0.0), -0.0 + 0.0, 0.0 - 0.0)
print(1.0 * 0 == -0.0, (-0.0).is_integer(), round(-0.4), round(-0.5), round(-0.6))
print(int(2.9), int(-2.9), int(1e300) > 10 ** 299)
for v in [inf, -inf, nan]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for s in ["abc", "", "1.2.3", "0x10", "1e", "inf5", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print(type(e).__name__, e)
print(inf // 1 if False else "x", inf % 2 if False else "y")
print(divmod(7.0, inf), divmod(-7.0, inf))
print(float(True), float(-5), float("  -0  "), 1 / float("-inf"))
print(nan is nan, [nan].count(nan), {nan: 1}.get(nan))
print(hash(inf) == hash(float("inf")), hash(0.0) == hash(-0.0), hash(1.0) == hash(1))
print(round(inf) if False else "noround")
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
