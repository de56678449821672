# Decorators: with arguments, class decorators, stacking order, decorating methods.
trace = []
def tag(label):
    def deco(fn):
        def wrapper(*args, **kwargs):
            trace.append(label)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@tag("outer")
@tag("inner")
def add(a, b):
    trace.append("body")
    return a + b
print(add(1, 2), trace, add.__name__, add.__wrapped__.__name__)
def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj
    return deco
REG = {}
@register(REG)
def alpha(): return "a"
@register(REG)
class Beta: pass
print(sorted(REG), REG["alpha"](), REG["Beta"].__name__)
def add_method(cls):
    cls.extra = lambda self: "extra on " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
def replace_with_value(fn):
    return fn()
@replace_with_value
def computed():
    return 42
print(computed)
class Methods:
    @tag("method")
    def m(self, x):
        return x * 2
    @staticmethod
    @tag("static")
    def s():
        return "s"
trace.clear()
print(Methods().m(4), Methods.s(), trace)
decos = [tag("x"), tag("y")]
@decos[0]
@(lambda f: f)
def z():
    return "z"
trace.clear()
print(z(), trace)
def deco_order(name):
    print("applying", name)
    return lambda f: f
@deco_order("first-listed")
@deco_order("second-listed")
def target(): pass
