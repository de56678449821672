def tag(name):
    def deco(f):
        def wrapper(*a, **k):
            return f"<{name}>" + f(*a, **k) + f"</{name}>"
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
@tag("b")
@tag("i")
def hello(who="world"):
    return "hello " + who
print(hello(), hello("bob"), hello.__name__)
def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def sq(x): return x * x
print([sq(i) for i in range(4)], sq.calls)
class Deco:
    def __init__(self, f): self.f = f
    def __call__(self, *a): return ("wrapped", self.f(*a))
@Deco
def add(a, b): return a + b
print(add(2, 3))
def class_deco(cls):
    cls.extra = "added"
    return cls
@class_deco
class K: pass
print(K.extra)
