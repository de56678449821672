# __setattr__ / __delattr__ hooks and object.__setattr__.
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: instance is frozen" % name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete %r" % name)
fz = Frozen(1, 2)
print(fz.x, fz.y)
for act in [lambda: setattr(fz, "x", 5), lambda: delattr(fz, "y")]:
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    fz.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Tracked:
    def __init__(self):
        self.changes = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)
t = Tracked()
t.a = 2
t.b = [1]
t.b += [2]
del t.a
print(t.changes, vars(t).keys() - {"changes"} == {"b"})
try:
    del t.a
except AttributeError as e:
    print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError("age must be int, got %s" % type(value).__name__)
        object.__setattr__(self, name, value)
v = Validated()
v.age = 30
try:
    v.age = "thirty"
except TypeError as e:
    print(type(e).__name__, e)
print(v.age)
class Lower:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)
lo = Lower()
lo.NAME = "x"
setattr(lo, "MiXed", 2)
print(sorted(vars(lo).items()))
class Counter:
    count = 0
    def __setattr__(self, name, value):
        type(self).count += 1
        object.__setattr__(self, name, value)
c = Counter()
c.p = 1; c.q = 2; c.p = 3
print(Counter.count, c.p, c.q)
try:
    object.__setattr__(1, "x", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
