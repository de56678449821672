# Closures: late binding, shared cells, nonlocal, cell contents after return.
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in make()])
def make_bound():
    return [(lambda i=i: i) for i in range(3)]
print([f() for f in make_bound()])
def make_factory():
    return [(lambda i: lambda: i)(i) for i in range(3)]
print([f() for f in make_factory()])
def pair():
    x = 0
    def get(): return x
    def inc():
        nonlocal x
        x += 1
        return x
    return get, inc
get, inc = pair()
inc(); inc()
print(get(), inc(), get())
g2, i2 = pair()
print(g2(), get())
def modified_after():
    v = "before"
    f = lambda: v
    v = "after"
    return f
print(modified_after()())
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            nonlocal a
            a += b
            return a
        return inner
    return mid(), lambda: a
inner, read = outer()
print(inner(), inner(), read())
print(inner.__closure__ is not None, len(inner.__closure__), sorted(inner.__code__.co_freevars))
print([c.cell_contents for c in inner.__closure__])
def no_closure(): return 1
print(no_closure.__closure__)
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    return tick
t1, t2 = counter_gen(), counter_gen()
print(t1(), t1(), t1(), t2())
def delete_cell():
    x = 1
    def f(): return x
    del x
    try:
        return f()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(delete_cell())
def closure_over_loop_var():
    result = []
    for name in ["a", "b"]:
        def show(): return name
        result.append(show)
    return [f() for f in result]
print(closure_over_loop_var())
