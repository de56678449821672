# Lambda expressions: defaults, varargs, closures, immediate calls.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
va = lambda *args, **kw: (args, sorted(kw.items()))
print(va(), va(1, 2, x=3))
ko = lambda a, *, k: a * k
print(ko(3, k=4))
try:
    ko(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: "called")(), (lambda x: x * x)(7))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(add.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(x) for x in (-1, 0, 1)])
print((lambda x, /, y: x - y)(10, y=3))
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print(type(e).__name__, e)
y = 100
g = lambda: y
y = 200
print(g())
print((lambda *a: sum(a))(*range(5)))
print((lambda **k: k)(**{"a": 1}, b=2))
