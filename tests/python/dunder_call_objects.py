# __call__: callable instances, stateful functions, classes as decorators.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        r = self.cache[args] = self.fn(*args)
        return r
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.hits, len(fib.cache), type(fib).__name__)
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self
c = Counter()
c()()()
print(c.calls)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
for obj in [1, "s", None, [1], (1,)]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
class Method:
    def __call__(self): return "instance call"
m = Method()
m.__call__ = lambda: "attribute call"
print(m(), m.__call__())
class Compose:
    def __init__(self, *fns): self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
print(Compose(str, abs, lambda v: v - 10)(3), Compose()(7))
class CallableClassAttr:
    helper = Adder(100)
print(CallableClassAttr().helper(1), CallableClassAttr.helper(2))
