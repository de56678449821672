"""Operators as functions, as CPython's operator module."""



# The functions that are one operation each are native, as CPython's.
from _operator import (
    lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, neg, pos, inv, invert,
    add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor, matmul,
    iadd, isub, imul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor,
    imatmul, contains, getitem, setitem)


def index(a):
    # PyNumber_Index: the type's __index__, with C's message when absent.
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    return method(a)


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def length_hint(obj, default=0):
    """Return len(obj), else obj.__length_hint__(), else default (PEP 424)."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    default = int(default)  # a bool default comes back as 0 or 1
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val
def _is_sequence(a):
    # What CPython calls a sequence here: indexable and not a mapping.
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)


def _iterate_arg(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def _concat_ok(a, b):
    # The built-in sequences concatenate themselves (their + decides what
    # b may be); other sequences only with another sequence.
    if isinstance(a, (list, tuple, str, bytes, bytearray)):
        return True
    return _is_sequence(a) and _is_sequence(b)


def concat(a, b):
    if not _concat_ok(a, b):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b
def countOf(a, b): return sum(1 for x in _iterate_arg(a) if x is b or x == b)
def delitem(a, b):
    if not hasattr(type(a), '__delitem__'):
        # An integer index into something sequence-like gets the
        # sequence wording; anything else the general one.
        t = type(a)
        if hasattr(type(b), '__index__') and (hasattr(t, '__getitem__') or hasattr(t, '__contains__')):
            raise TypeError(f"'{t.__name__}' object doesn't support item deletion")
        raise TypeError(f"'{t.__name__}' object does not support item deletion")
    del a[b]
def indexOf(a, b):
    for i, j in enumerate(_iterate_arg(a)):
        if j is b or j == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")



# In-place operators: `a op= b`, which may mutate `a`; the result.
def iconcat(a, b):
    if not _concat_ok(a, b):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ("_attrs", "_call")

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        names = [tuple(attr.split(".")) for attr in attrs]

        def get(obj, parts):
            for part in parts:
                obj = getattr(obj, part)
            return obj
        if len(names) == 1:
            parts = names[0]
            self._call = lambda obj: get(obj, parts)
        else:
            self._call = lambda obj: tuple(get(obj, p) for p in names)

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__,
                              ", ".join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ("_items", "_call")

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items
        if len(items) == 1:
            item = items[0]
            self._call = lambda obj: obj[item]
        else:
            self._call = lambda obj: tuple(obj[i] for i in items)

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__,
                              ", ".join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name, args = args[0], args[1:]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name, self._args, self._kwargs = name, args, kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend("%s=%r" % (k, v) for k, v in self._kwargs.items())
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__, ", ".join(args))

    def __reduce__(self):
        return self.__class__, (self._name,) + self._args


# The dunder aliases, as CPython's operator module.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
