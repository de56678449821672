def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = (x * 2 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc"]), any(x > 3 for x in [1, 5]))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(type(g).__name__, list(zip(fib(), "abc")))
