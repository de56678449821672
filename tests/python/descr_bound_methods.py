# Bound and unbound methods, __self__/__func__, equality, methods stored elsewhere.
class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def add(self, k): return self.n + k
a1, a2 = A(1), A(2)
m = a1.get
print(m(), m.__self__ is a1, m.__func__ is A.get, m.__name__, type(m).__name__)
print(a1.get == a1.get, a1.get == a2.get, a1.get is a1.get, A.get is A.get)
f = A.add
print(f(a2, 10), type(f).__name__, A.add.__qualname__)
methods = [a.add for a in (a1, a2)]
print([mm(100) for mm in methods])
a1.get = lambda: "instance attr"
print(a1.get(), A.get(a1), a2.get())
del a1.get
print(a1.get())
def external(self, x): return ("external", self.n, x)
A.ext = external
print(a2.ext(5), A.ext(a1, 6))
a2.not_method = external
try:
    a2.not_method(1)
except TypeError as e:
    print(type(e).__name__, e)
print(a2.not_method(a1, 1))
class B:
    def __init__(self): self.cb = self.handler
    def handler(self): return "handled by " + type(self).__name__
print(B().cb(), getattr(B(), "handler")())
bm = a2.add
a2.n = 50
print(bm(1))
class C:
    def method(self): return self
    attr_fn = len
print(C.attr_fn("abc"), C().attr_fn("ab"), type(C.__dict__["attr_fn"]).__name__)
print(sorted(map(A.get, [A(3), A(1), A(2)])), list(map(str.upper, ["a", "b"])))
call = A(7).add
print(call.__func__(A(8), 1), call.__self__.n)
print((1).__add__(2), "x".__mul__(3), [1].__len__(), int.__add__(3, 4), str.join(",", "ab"))
