# Generators: a pipeline of generator functions (produce, filter, map,
# pairwise window, take), yield from, an endless generator cut by zip,
# and generator expressions consumed by sum/max/any.
N = 2000000


def numbers(n):
    seed = 1
    for _ in range(n):
        seed = (seed * 48271) % 2147483647
        yield seed


def keep_odd(it):
    for x in it:
        if x & 1:
            yield x


def scaled(it, k):
    for x in it:
        yield x % 1000 * k


def pairwise(it):
    prev = None
    first = True
    for x in it:
        if not first:
            yield prev, x
        prev = x
        first = False


def take(it, n):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def chained(n):
    yield from range(n)
    yield from (i * i for i in range(n))


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000000007


pipe = take(pairwise(scaled(keep_odd(numbers(N)), 3)), N // 3)
total = 0
ups = 0
for a, b in pipe:
    total += (a - b) * (a % 7)
    if b > a:
        ups += 1
print("pipeline", total, ups)

s1 = sum(x * x % 7 for x in range(N))
s2 = sum(1 for x in numbers(N // 2) if x % 5 == 0)
s3 = max(x % 100003 for x in numbers(N // 2))
s4 = any(x == 12345 for x in range(N // 3))
print("genexpr", s1, s2, s3, s4)
print("chained", sum(chained(N // 2)) % 1000003)
last = 0
for i, f in zip(range(N), fibs()):
    last = f
print("fibs", last)
