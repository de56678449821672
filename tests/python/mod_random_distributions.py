# Distributions, samples, weighted choices and seeding, value by value
# against CPython 3.11, over many seeds and parameters (including the
# rarely taken branches: gamma with alpha < 1 and == 1, tiny kappa, both
# strategies of sample, version-2 states with negative words).
import random

for seed in range(40):
    r = random.Random(seed)
    print(seed, r.gammavariate(0.3, 2), r.gammavariate(1.0, 1), r.gammavariate(7.5, 0.5),
          r.betavariate(2, 5), r.betavariate(0.2, 0.1))
    print(r.vonmisesvariate(1, 0.5), r.vonmisesvariate(2, 50), r.vonmisesvariate(0, 1e-7),
          r.normalvariate(3, 2), r.lognormvariate(0, 1))
    print(r.triangular(0, 10, 2), r.triangular(5, 1), r.triangular(0, 1, 1), r.triangular(3, 3),
          r.paretovariate(1.5), r.weibullvariate(1, 3))
    print(r.gauss(), r.getstate()[2], r.gauss(), r.getstate()[2], r.expovariate(3), r.uniform(5, -5))
    for k in (0, 1, 5, 6, 7, 20, 30):
        print(k, [r.sample(range(n), k) for n in (k, k + 1, 25, 26, 100, 150, 10 ** 9) if n >= k])
    print(r.sample('abcdef', 4, counts=[3, 0, 2, 1, 5, 1]), r.sample(range(3), 5, counts=[2, 2, 2]))
    print(r.choices(range(10), cum_weights=list(range(1, 11)), k=5), r.choices('abc', [0.1, 0, 3.5], k=5),
          r.choices(range(7), k=3), r.choices([1, 2], [1, 1]), r.choices('ab', k=0))
    print(r.randrange(-10 ** 20, 10 ** 20, 3), r.randrange(100, -100, -7), r.randrange(2 ** 64),
          r.randint(-1, 1), r.randbytes(5), r.randbytes(0), r.getrandbits(129))
    deck = list(range(seed % 25)); r.shuffle(deck); print(deck)

for text in ['', 'a', 'hello', b'', b'\xff\x00', '\xfcn\xef']:
    for version in (1, 2):
        random.seed(text, version=version)
        print(repr(text), version, random.random())
random.seed(bytearray(b'xyz')); print(random.random())
for s in (0, -1, 2 ** 100, -2 ** 100, 1.5, -0.0, float('inf'), True, False, 10 ** 40 + 7):
    random.seed(s)
    print(s, random.random(), random.randrange(1000))
random.seed()
print(0 <= random.random() < 1)

st = random.getstate()
old = (2, tuple(w - 2 ** 32 if i % 3 == 0 and i < 624 else w for i, w in enumerate(st[1])), None)
random.setstate(old); a = random.random()
random.setstate(st); print(a == random.random())
r = random.Random(1); r.gauss(); saved = r.getstate(); x = r.gauss()
r.setstate(saved); print(x == r.gauss(), saved[2] is not None)

sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(0), 0 <= sr.getrandbits(5) < 32, len(sr.randbytes(9)),
      sr.randbytes(0), sr.randrange(1, 2), sorted(sr.sample(range(4), 4)), sr.seed(3))
print(sorted(n for n in random.__all__))
print(random.Random.VERSION, callable(random.binomialvariate) if hasattr(random, 'binomialvariate') else 'no binomialvariate')
