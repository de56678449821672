# Error types and messages of random's methods, and edge cases of
# randrange's argument handling (3.11 still accepts integral floats).
import random
R = random.Random(3)
def t(f):
    try: print(repr(f()), flush=True)
    except Exception as e: print(type(e).__name__, repr(str(e)), repr(e.__cause__), flush=True)
for f in [lambda: R.randrange(5,5), lambda: R.randrange(0), lambda: R.randrange(-3), lambda: R.randrange(5, 1, 2), lambda: R.randrange(5, 1, -2), lambda: R.randrange(3, step=2),
  lambda: R.randrange(3, None, 1), lambda: R.randrange(2.0), lambda: R.randrange(2.5), lambda: R.randrange(0, 2.5), lambda: R.randrange(0, 4, 1.5), lambda: R.randrange(0, 4, 2.0), lambda: R.randrange('a'),
  lambda: R.randrange(1, 'b'), lambda: R.randrange(0, 10, 0), lambda: R.randint(1.0, 3.0), lambda: R.randint(3,1),
  lambda: random.Random(1, 2), lambda: type(random.Random(x=3)), lambda: random.Random((1,)), lambda: R.seed([1]), lambda: R.seed(bytearray(b'x'), version=1), lambda: R.seed(5, version=3),
  lambda: R.setstate((2, tuple(range(625)), None)), lambda: R.setstate((2, tuple(range(624)), None)), lambda: R.setstate((1, 2)), lambda: R.setstate((3, (1,2), None)), lambda: R.setstate((3, tuple(range(624))+(700,), None)),
  lambda: R.setstate((3, tuple(range(624))+(-1,), None)), lambda: R.setstate((3, tuple(range(623))+(2**32,1), None)), lambda: R.setstate((3, [0]*625, None)), lambda: R.setstate((2, tuple(range(624))+('x',), None)),
  lambda: R.randbytes(-1), lambda: R.getrandbits(-1), lambda: R.getrandbits(2.0), lambda: R.choice([]), lambda: R.choice({}), lambda: R.choice({1:2, 0:5}), lambda: R.sample(range(3), 4), lambda: R.sample({1,2},1), lambda: R.sample({1:2}, 1),
  lambda: R.sample('ab', 2, counts=[1]), lambda: R.sample('ab', 2, counts=[1.0, 2]), lambda: R.sample('ab', 2, counts=[0, 0]), lambda: R.sample('ab', 4, counts=[1, 2]), lambda: R.sample('ab', 2, counts=[-1, 3]),
  lambda: R.choices('ab', 3), lambda: R.choices('ab', [1]), lambda: R.choices('ab', [1,2], cum_weights=[1,2]), lambda: R.choices('ab', [0,0]), lambda: R.choices('ab', [1,float('inf')]), lambda: R.choices('ab', [1,float('nan')]),
  lambda: R.choices([], k=0), lambda: R.choices([], k=2), lambda: R.choices([], [], k=1), lambda: R.choices('ab', cum_weights=[1,3], k=4), lambda: R.choices('ab', 'xy'),
  lambda: R.gammavariate(0, 1), lambda: R.gammavariate(1, -1), lambda: R.expovariate(0), lambda: R.triangular(1, 1), lambda: R.triangular(0,1,5), lambda: R.paretovariate(0), lambda: R.weibullvariate(1, 0),
  lambda: random.SystemRandom().getstate(), lambda: random.SystemRandom().setstate(1), lambda: random.SystemRandom().seed(5), lambda: random.SystemRandom().getrandbits(-1), lambda: random.SystemRandom().getrandbits(0), lambda: random.SystemRandom().randbytes(-1), lambda: random.SystemRandom().getrandbits(2.0),
  lambda: R.shuffle((1,2)), lambda: R.shuffle([]), lambda: R.betavariate(0, 1), lambda: R.vonmisesvariate(0, 0), lambda: R.sample(range(5), k=2.0), lambda: R.sample(range(5)), lambda: R.gauss(), lambda: R.expovariate()]:
    t(f)
