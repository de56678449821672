# Descriptor protocol: data vs non-data descriptors, __set_name__, class access.
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __init__(self, kind): self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor %s on %s" % (self.name, objtype.__name__)
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s.%s must be %s" % (self.owner, self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
print(p.name, Person.name)
p.name = "Ann"
p.age = 40
print(p.name, p.age, sorted(vars(p).items()))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data from descriptor"
class Holder:
    nd = NonData()
h = Holder()
print(h.nd)
h.nd = "instance wins"
print(h.nd, Holder.nd)
class DataOnlySet:
    def __set__(self, obj, v): obj.__dict__["seen"] = v
class H2:
    d = DataOnlySet()
h2 = H2()
h2.d = 5
print(h2.seen, type(H2.__dict__["d"]).__name__, h2.d is H2.__dict__["d"])
class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, t): return self.v
    def __set__(self, obj, v): raise AttributeError("constant")
class K:
    c = Const(3)
k = K()
try:
    k.c = 4
except AttributeError as e:
    print(type(e).__name__, e)
k.__dict__["c"] = 99
print(k.c)
class Counter:
    def __init__(self): self.n = 0
    def __get__(self, obj, t):
        self.n += 1
        return self.n
class U:
    hits = Counter()
print(U.hits, U().hits, U.hits)
class Meth:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class UsesMeth:
    @Meth
    def hello(self, who): return "hello " + who + " from " + type(self).__name__
print(UsesMeth().hello("you"), type(UsesMeth.hello).__name__)
def plain(self): return "plain"
bound = plain.__get__(K(), K)
print(bound(), type(bound).__name__, plain.__get__(None, K) is plain)
