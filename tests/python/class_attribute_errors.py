# AttributeError messages for instances, classes, builtins and modules.
class A:
    cls_attr = 1
    def __init__(self): self.inst = 2
a = A()
tries = [lambda: a.missing, lambda: A.missing, lambda: (1).real2, lambda: "s".nope, lambda: [].push,
         lambda: None.attr, lambda: A.inst, lambda: len.x, lambda: (lambda: 0).zzz, lambda: type.foo,
         lambda: {}.has_key, lambda: object().x, lambda: 1.5.imag2]
for t in tries:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
for target, name in [(1, "x"), ("s", "y"), ([], "z"), (object(), "w"), (len, "q")]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del a.inst
print(hasattr(a, "inst"), a.cls_attr)
try:
    list.append = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
import sys
try:
    sys.no_such_thing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.missing
except AttributeError as e:
    print(e.args, e.name if hasattr(e, "name") else "")
print(getattr(a, "missing", "dflt"), getattr(A, "cls_attr"), hasattr(A, "__init__"))
try:
    getattr(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
