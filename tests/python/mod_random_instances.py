import random
a = random.Random(2024)
b = random.Random(2024)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(2024)
print(a.randint(1, 6), b.randint(1, 6), random.random())
s = a.getstate(); x = [a.random() for _ in range(5)]; a.setstate(s); print(x == [a.random() for _ in range(5)])
print(type(s), len(s), s[0], len(s[1]), s[2])
a.seed('text seed'); print(a.random())
a.seed(b'bytes seed'); print(a.random())
a.seed(bytearray(b'ba')); print(a.random())
a.seed(3.25); print(a.random())
a.seed(-3.25); print(a.random())
a.seed(True); print(a.random())
a.seed('abc', version=1); print(a.random())
print(random.Random(5).randbytes(10), random.Random(7).getrandbits(0))
class Dice(random.Random):
    def roll(self): return self.randint(1, 6)
d = Dice(1); print([d.roll() for _ in range(10)])
class Fixed(random.Random):
    def random(self): return 0.5
f = Fixed(); print(f.randrange(10), f.choice('abc'), f.uniform(0, 10), f.random())
for bad in [lambda: random.Random([1, 2]), lambda: a.setstate((9, (), None)), lambda: a.randrange(3, 3), lambda: a.randrange(0, 10, 0), lambda: a.randint(5, 1), lambda: a.choice(''), lambda: a.sample(range(3), 4), lambda: a.sample(range(3), -1), lambda: a.getrandbits(-2), lambda: a.choices([], k=1), lambda: a.choices('ab', [1, 2, 3]), lambda: a.choices('ab', weights=[0, 0]), lambda: a.randrange(2.5), lambda: a.sample({1, 2}, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = random.Random(11); print(r.sample(range(100), k=5, counts=None), r.sample(['a', 'b'], k=3, counts=[2, 1]))
