import os, random
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
r = random.SystemRandom()
x = r.random()
print(0 <= x < 1, 0 <= r.randrange(10) < 10, len(r.randbytes(5)))
