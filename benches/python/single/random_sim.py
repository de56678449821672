# A random-driven simulation with a seeded random.Random: a bank queue
# (expovariate arrivals and service times), a random walk with choice and
# randint, shuffles and samples, gauss noise, weighted choices, and the
# module-level functions after random.seed.
import random

CUSTOMERS = 330000
WALKS = 1100
STEPS = 400


def bank(rng, n):
    t = 0.0
    free_at = [0.0, 0.0, 0.0]
    waits = 0.0
    for _ in range(n):
        t += rng.expovariate(1.0)
        teller = min(range(3), key=free_at.__getitem__)
        start = free_at[teller] if free_at[teller] > t else t
        waits += start - t
        free_at[teller] = start + rng.expovariate(0.4)
    return round(waits / n, 6)


def walks(rng):
    moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    far = 0
    for _ in range(WALKS):
        x = y = 0
        for _ in range(STEPS):
            dx, dy = rng.choice(moves)
            x += dx * rng.randint(1, 2)
            y += dy
        far = max(far, abs(x) + abs(y))
    return far


rng = random.Random(20240607)
print("bank wait", bank(rng, CUSTOMERS))
print("walk far", walks(rng))
deck = list(range(52))
hands = 0
for _ in range(16000):
    rng.shuffle(deck)
    hand = rng.sample(deck, 5)
    if len({c % 13 for c in hand}) < 5:
        hands += 1
print("pair hands", hands)
noise = sum(rng.gauss(0.0, 1.0) for _ in range(220000))
print("gauss sum", round(noise, 6))
counts = {"a": 0, "b": 0, "c": 0}
for c in rng.choices("abc", weights=[5, 3, 2], k=330000):
    counts[c] += 1
print("weighted", counts)
random.seed(7)
print("module", random.random(), random.randrange(1000), random.getrandbits(40), random.uniform(2, 3))
