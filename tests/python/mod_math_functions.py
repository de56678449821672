import math
print(math.sqrt(16), math.sqrt(2), math.pi, math.e, math.tau, math.inf, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.factorial(20), math.gcd(12, 18, 30), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(100, 10), math.log(math.e), math.log2(8), math.log10(1000), math.exp(1), math.pow(2, 10), math.hypot(3, 4))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.copysign(3, -0.0))
print(math.fmod(7, 3), math.modf(3.75), math.fabs(-2), math.log(10 ** 400) > 920, math.floor(10 ** 20), math.ceil(5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.sqrt("x")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
