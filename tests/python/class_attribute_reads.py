# Reading attributes through an instance: the instance dict first, then
# the class; constants come back as they are, functions bind, properties
# and other descriptors run, and every change to class or instance shows.
class Base:
    rate = 2
    name = "base"
    limits = (1, 2)

    def method(self):
        return "method of " + self.name


class Child(Base):
    name = "child"


def read(o):
    return (o.rate, o.name, o.limits, o.method())


b, c = Base(), Child()
for _ in range(3):
    print(read(b), read(c))
c.rate = 10                 # an instance attribute shadows the class's
print(read(c), read(Child()))
del c.rate
Base.rate = 3               # the class changes
print(read(b), read(c))
Child.rate = property(lambda self: "computed")
print(read(c), read(b))
m = c.method
print(m(), m.__self__ is c)


class Descriptor:
    def __get__(self, obj, owner):
        return "via __get__"


class WithDescriptor:
    value = Descriptor()
    none = None
    flag = True


w = WithDescriptor()
for _ in range(2):
    print(w.value, w.none, w.flag)


class Fallback:
    known = 1

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
print(f.known, f.missing)
f.known = 5
print(f.known)
