# Generator pipelines, laziness, infinite generators and generator expressions.
log = []
def numbers():
    n = 0
    while True:
        log.append("produce %d" % n)
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(4, squared(evens(numbers())))))
print(len(log), log[-1])
gen = (x * 2 for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), any(x > 3 for x in [1, 5]))
order = []
def src(name, n):
    for i in range(n):
        order.append(name + str(i))
        yield i
z = zip(src("a", 3), src("b", 2))
print(list(z), order)
items = [3, 1, 2]
g = (i * 10 for i in items)
items.append(4)
print(list(g))
items = [3, 1, 2]
g = (i * 10 for i in items)
items = [9]
print(list(g))
try:
    g = (1 / x for x in [1, 0])
    print("created lazily")
    print(list(g))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(window(range(6), 3)))
def group_runs(s):
    prev, run = None, ""
    for ch in s:
        if ch != prev and run:
            yield run
            run = ""
        run += ch
        prev = ch
    if run:
        yield run
print(list(group_runs("aaabccdddd")))
gx = (x for x in range(3))
print(type(gx).__name__, iter(gx) is gx, gx.__name__)
