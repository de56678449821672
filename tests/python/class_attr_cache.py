# Attributes read from a class itself are cached per instruction, keyed by
# the class's version: rebinding on the class or a base, a metaclass of
# its own, classmethods, staticmethods, properties on the metaclass and
# type's own attributes must all read as without a cache.
class Base:
    LIMIT = 3
    def method(self):
        return "base"

class Child(Base):
    pass

def read(cls):
    return cls.LIMIT, cls.method(None), cls.__name__

out = []
for i in range(6):
    out.append(read(Child))
    if i == 1:
        Base.LIMIT = 10
    if i == 2:
        Child.LIMIT = 20
    if i == 3:
        Base.method = lambda self: "patched"
    if i == 4:
        del Child.LIMIT
print(out)

class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name
    @property
    def shown(cls):
        return "property of " + cls.__name__

class WithMeta(metaclass=Meta):
    present = 1

print([(WithMeta.present, WithMeta.absent, WithMeta.shown) for _ in range(3)])

class Methods:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(x):
        return x * 2
    def plain(self):
        return 1

class SubMethods(Methods):
    pass

for c in [Methods, SubMethods, Methods, SubMethods]:
    print(c.cm(), c.sm(4), c.plain(None), c.cm is c.cm, c.plain is c.plain, c.sm is c.sm)

class E(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a, b)
        self.c = a + b

for _ in range(3):
    e = E(1, 2)
    print(e.args, e.c, Exception.__init__ is Exception.__init__, Exception.__name__, Exception.__mro__[1].__name__)

# One instruction reading instances and the class alike.
class P:
    x = "class"
    def __init__(self, x):
        self.x = x
objs = [P("a"), P, P("b"), P]
print([o.x for o in objs * 2])
P.x = "changed"
print([o.x for o in objs])
# A class attribute that is a mutable value stays the same object.
class Registry:
    items = []
for i in range(3):
    Registry.items.append(i)
print(Registry.items, type.__name__, int.__name__, int.from_bytes(b"\x01\x00", "big"))
