# SystemRandom: values from the kernel, so only their ranges and spread are
# checked; state operations are refused.
import random
sr = random.SystemRandom()
xs = [sr.random() for _ in range(2000)]
print(min(xs) >= 0, max(xs) < 1, abs(sum(xs) / 2000 - 0.5) < 0.05)
bs = sr.randbytes(4000); print(len(bs), len(set(bs)) > 250)
print(sorted(sr.sample(range(10), 10)) == list(range(10)), sr.randint(1, 6) in range(1, 7), sr.getrandbits(100) < 2**100)
print(len(sr.randbytes(15)), len(sr.randbytes(16)), sr.randbytes(0))
bits = sr.getrandbits(3000); print(bits.bit_length() > 2980, bin(bits).count('1') in range(1300, 1700))
for f in (sr.getstate, lambda: sr.setstate(None)):
    try: f()
    except NotImplementedError as e: print('NotImplementedError', e)
print(sr.seed(123), sr.getrandbits(0), isinstance(sr, random.Random))
