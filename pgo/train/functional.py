# PGO training: recursion, closures, generators, comprehensions,
# exceptions, context managers, iterator classes.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)


def counter(start):
    n = start

    def step(k=1):
        nonlocal n
        n += k
        return n
    return step


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Guard:
    entered = 0

    def __enter__(self):
        Guard.entered += 1
        return self

    def __exit__(self, *exc):
        return exc[0] is ValueError


def parse_all(items):
    good = bad = 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
        finally:
            good += 0
    return good, bad


total = 0
for _ in range(3):
    total += check(build(14))
    moves = []
    hanoi(14, "a", "b", "c", moves)
    total += len(moves)
step = counter(0)
for i in range(200000):
    step(i & 3)
total += step()
total += sum(sum(c) for c in chunks(range(300000), 7))
total += sum(flatten([[1, [2, 3]], (4, [5, [6, 7]])] * 20000))
total += sum(Countdown(200000))
for i in range(50000):
    with Guard():
        if i % 3 == 0:
            raise ValueError(i)
print(total, Guard.entered)
print(parse_all([str(i) if i % 5 else "x%d" % i for i in range(100000)]))
sq = {i: i * i for i in range(100000) if i % 3}
print(len(sq), sum(v for k, v in sq.items() if k % 2), sorted({x % 97 for x in sq})[:5])
print(list(map(lambda t: t[0] + t[1], zip(range(5), range(5, 10)))), any(x > 99998 for x in sq), all(sq.values()))
