# Assigning obj.__class__: method lookup follows the new class; the checks on the value and on layouts.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only b"
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), a.only_b(), type(a).__name__, isinstance(a, B), isinstance(a, A), a.__class__.__name__)
for v in [5, int]:
    try:
        a.__class__ = v
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ("x",)
try:
    a.__class__ = S
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
a.__class__ = A
print(a.who(), type(a).__name__)
class Sub(A): pass
objs = [A() for _ in range(3)]
for o in objs:
    o.__class__ = Sub
print([type(o).__name__ for o in objs], [o.who() for o in objs])
