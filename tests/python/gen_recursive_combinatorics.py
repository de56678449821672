# Recursive generators for combinatorics, compared against closed-form counts.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
def compositions(n, parts):
    if parts == 1:
        yield (n,)
        return
    for first in range(n + 1):
        for rest in compositions(n - first, parts - 1):
            yield (first,) + rest
def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        yield ()
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield (p,) + rest
def balanced(n, open_=0, close=0, prefix=""):
    if close == n:
        yield prefix
        return
    if open_ < n:
        yield from balanced(n, open_ + 1, close, prefix + "(")
    if close < open_:
        yield from balanced(n, open_, close + 1, prefix + ")")
print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))), [c for c in combinations([1, 2, 3, 4], 2)])
print(sum(1 for _ in combinations(list(range(10)), 4)), list(compositions(3, 2)), sum(1 for _ in compositions(5, 3)))
print(list(partitions(5)), [sum(1 for _ in partitions(n)) for n in range(1, 16)])
print(list(balanced(3)), [sum(1 for _ in balanced(n)) for n in range(1, 9)])
def gray(n):
    if n == 0:
        yield ""
        return
    prev = list(gray(n - 1))
    for c in prev:
        yield "0" + c
    for c in reversed(prev):
        yield "1" + c
print(list(gray(3)))
g = permutations([1, 2, 3])
print(next(g), next(g), len(list(g)))
