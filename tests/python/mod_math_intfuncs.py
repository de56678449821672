import math
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(6), math.perm(4, 0))
print(math.factorial(20), math.factorial(0), len(str(math.factorial(500))))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4), math.lcm(2**40, 3**20))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10), math.prod([[1]], start=1) if False else '')
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([float('inf'), 1]))
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.factorial(-2), lambda: math.factorial(2.0), lambda: math.gcd(1.5), lambda: math.isqrt(1.5), lambda: math.comb(3.0, 1), lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.fsum(['a'])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.ceil(10**20 + 0.0), type(math.floor(2.0)))
print(math.floor(10**30), math.ceil(7), math.trunc(True))
class F:
    def __floor__(self): return 'floored'
print(math.floor(F()))
try: math.floor(float('nan'))
except ValueError as e: print(e)
try: math.ceil(float('inf'))
except OverflowError as e: print(e)
