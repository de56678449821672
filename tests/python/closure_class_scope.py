# Class bodies are not enclosing scopes for methods and comprehensions.
x = "global x"
class A:
    x = "class x"
    def meth(self):
        return x
    y = x + "!"
    lst = [x for _ in range(1)]
    def uses_class(self):
        return A.x, self.x
print(A().meth(), A.y, A.lst, A().uses_class())
def f():
    x = "local f"
    class B:
        print("in B body:", x)
        x = "class B x"
        print("after assign:", x)
        def m(self):
            return x
    return B
B = f()
print(B().m(), B.x)
def g():
    v = "enclosing"
    class C:
        w = v + " seen"
        def get(self):
            return v
    return C
C = g()
print(C.w, C().get())
class D:
    items = [1, 2, 3]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = type(e).__name__ + ": " + str(e)
    first = [i for i in items]
print(D.scaled, D.first)
def h():
    n = 5
    class E:
        n = 50
        def m(self):
            return n
        vals = [n for _ in range(2)]
    return E().m(), E.n, E.vals
print(h())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 100
a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)
class Outer:
    val = 1
    class Inner:
        try:
            got = val
        except NameError as e:
            got = str(e)
print(Outer.Inner.got)
