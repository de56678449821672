sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
add = lambda a, b=10, *rest, k=1, **kw: (a + b + sum(rest)) * k + len(kw)
print(add(1), add(1, 2), add(1, 2, 3, 4, k=2), add(1, z=5, y=6))
print((lambda: "no args")(), (lambda *a: a)(1, 2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-42) + "!")
