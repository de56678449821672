# A class decorator that generates __init__, __repr__, __eq__ and ordering (dataclass-like).
def record(*fields, order=False):
    def deco(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError("%s takes %d positional arguments but %d were given" % (cls.__name__, len(fields), len(args)))
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError("%s got an unexpected keyword argument %r" % (cls.__name__, k))
                if k in values:
                    raise TypeError("%s got multiple values for %r" % (cls.__name__, k))
                values[k] = v
            missing = [f for f in fields if f not in values and not hasattr(cls, f)]
            if missing:
                raise TypeError("%s missing %s" % (cls.__name__, ", ".join(missing)))
            for f in fields:
                setattr(self, f, values.get(f, getattr(cls, f, None)))
        def __repr__(self):
            return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
        def astuple(self): return tuple(getattr(self, f) for f in fields)
        def __eq__(self, other):
            return type(other) is type(self) and astuple(self) == astuple(other)
        cls.__init__, cls.__repr__, cls.__eq__, cls.__hash__ = __init__, __repr__, __eq__, lambda self: hash(astuple(self))
        cls.astuple = astuple
        if order:
            cls.__lt__ = lambda self, o: astuple(self) < astuple(o)
            cls.__le__ = lambda self, o: astuple(self) <= astuple(o)
            cls.__gt__ = lambda self, o: astuple(self) > astuple(o)
            cls.__ge__ = lambda self, o: astuple(self) >= astuple(o)
        cls.fields = fields
        return cls
    return deco
@record("x", "y", order=True)
class Point:
    y = 0
    def dist2(self): return self.x ** 2 + self.y ** 2
@record("name", "tags")
class Item:
    tags = ()
p, q = Point(1, 2), Point(x=1)
print(p, q, p == Point(1, 2), p != q, p > q, sorted([Point(2, 0), p, q]), p.dist2())
print(len({p, Point(1, 2), q}), Item("a"), Item("b", tags=("t",)), Item("a") == Item("a"), Item("a") == Point(1, 2))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(Point.fields, p.astuple(), max(Point(0, 5), Point(1, -1)), Point.__name__)
try:
    Item("a") < Item("b")
except TypeError as e:
    print(type(e).__name__, e)
