def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
funcs = []
for i in range(3):
    def f(i=i): return i * 10
    funcs.append(f)
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner
    return mid()()
print(outer())
def cell_shared():
    v = []
    def add(x): v.append(x)
    def read(): return list(v)
    return add, read
a, r = cell_shared(); a(1); a(2); print(r())
