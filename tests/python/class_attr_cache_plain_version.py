# One attribute site, first plain for a class, then the class (or a base)
# changes so that the instance dict is no longer the whole story; and a
# site that sees one class's plain loads and another class's property.


class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


def read(p):
    return p.x


def write(p, v):
    p.x = v


def bump(p):
    p.x += 1


pts = [Point(i) for i in range(3)]
print([read(p) for p in pts])
for p in pts:
    write(p, 10)
    bump(p)
print([read(p) for p in pts])

# A data descriptor on the class now takes precedence over the dict.
Point.x = property(lambda self: 100, lambda self, v: print("  set via property", v))
print([read(p) for p in pts])
write(pts[0], 5)
bump(pts[1])
del Point.x
print([read(p) for p in pts])

# A __setattr__ on a base applies to stores through the same sites.
def logging_setattr(self, name, value):
    print("  setattr", name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = logging_setattr
write(pts[2], 7)
bump(pts[2])
del Base.__setattr__
write(pts[2], 8)
print(read(pts[2]))

# __getattribute__ added to the base after the site cached the class.
Base.__getattribute__ = lambda self, name: "intercepted " + name
print(read(pts[0]))
del Base.__getattribute__
print(read(pts[0]))


# Two classes at one site: one plain, one whose x is a property.
class Other:
    @property
    def x(self):
        return "other's property"

    @x.setter
    def x(self, v):
        print("  other's setter", v)


mixed = [Point(1), Other(), Point(2), Other()]
print([read(m) for m in mixed])
for m in mixed:
    write(m, 3)
print([read(m) for m in mixed])


# A subclass with __slots__ of its own at the same store site.
class Slotted(Point):
    __slots__ = ("y",)


s = Slotted(4)
write(s, 6)
print(read(s), s.__dict__)
