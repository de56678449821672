import random
# Value-by-value against CPython for several seeds.
for seed in [0, 1, 2, 7, 42, 99, 123456789, 2**32, 2**64 + 1, -12345]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
    print([random.randint(-50, 50) for _ in range(8)], [random.randrange(0, 100, 3) for _ in range(5)], random.randrange(10**30))
    print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
    print(random.choice(range(1000)), random.choices('abcdef', k=6), random.choices(range(5), weights=[5, 1, 0, 0, 2], k=6))
    deck = list(range(20)); random.shuffle(deck); print(deck)
    print(random.sample(range(50), 7), random.sample('xyzw', 4), random.sample(range(10**6), 5))
    print(random.uniform(-1, 1), random.gauss(10, 3), random.gauss(10, 3), random.normalvariate(0, 2), random.expovariate(0.5))
    print(random.triangular(), random.betavariate(0.5, 0.5), random.gammavariate(3, 1), random.lognormvariate(1, 0.5), random.vonmisesvariate(0, 4), random.paretovariate(2), random.weibullvariate(2, 1))
