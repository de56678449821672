# Subclasses of random.Random: which of random(), getrandbits() or
# _randbelow() the integer methods draw from, as in CPython 3.11.
import random, copy


class Halves(random.Random):
    # Only random() replaced: integer methods scale floats.
    def __init__(self):
        super().__init__(0)
        self.x = 0.0

    def random(self):
        self.x = (self.x * 7 + 0.3183) % 1.0
        return self.x


h = Halves()
print([h.randrange(10) for _ in range(6)], h.randint(-5, 5), h.choice('abcdef'))
deck = list(range(12)); h.shuffle(deck); print(deck)
print(h.sample(range(1000), 4), h.sample('abcdefg', 3), h.choices('xyz', k=4))
print(h.randrange(0, 100, 7), h.randbytes(4), h.getrandbits(12))
print(h.randrange(2 ** 60) < 2 ** 60)          # the warning path
print(h.uniform(1, 2), h.gauss(), h.expovariate(2.0))


class Counter(random.Random):
    # Only getrandbits() replaced: random() stays the twister's.
    def __init__(self, seed):
        super().__init__(seed)
        self.n = 12345

    def getrandbits(self, k):
        self.n = (self.n * 1103515245 + 12345) % 2 ** 31
        return self.n % (1 << k) if k else 0


c = Counter(9)
print([c.randrange(1000) for _ in range(5)], c.choice(range(50)), c.random())
deck = list(range(10)); c.shuffle(deck); print(deck, c.randbytes(3))
print(c.sample(range(10 ** 6), 3), c.randint(1, 6))


class Both(random.Random):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return (1 << k) - 1 >> 1


b = Both()
print(b.randrange(10), b.randrange(7, 70, 7), b.choice('abcd'), b.uniform(0, 8))


class Custom(random.Random):
    def _randbelow(self, n):
        return n - 1


class CustomChild(Custom):
    def random(self):
        return 0.0


for cls in (Custom, CustomChild):
    r = cls(1)
    print(cls.__name__, r.randrange(10), r.choice('xyz'), r.sample(range(5), 3))


class Grand(Halves):
    def getrandbits(self, k):
        return 0


g = Grand()
print(g.randrange(10), g.choice('qrs'), g.random() < 1)


class NoInit(random.Random):
    def __init__(self, tag):
        self.tag = tag


n = NoInit('t')
print(n.tag, 0 <= n.random() < 1, n.randint(1, 3) in (1, 2, 3))


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print('seed called with', a)
        super().seed(a, version)


s = Seeded(77)
print(s.random() == random.Random(77).random())

# Copies carry the full state, including the cached gauss value.
r = random.Random(2024)
r.gauss()
r2 = copy.copy(r)
r3 = copy.deepcopy(r)
print(r.gauss() == r2.gauss() == r3.gauss(), r.random() == r2.random() == r3.random())
print(type(r2).__name__)
try:
    copy.copy(c)    # __reduce__ calls the class with no arguments
except TypeError as e:
    print('TypeError', e)
