"""Names for the types of the interpreter's own objects (functions,
generators, modules...), found by asking objects of each kind for their
type, and a few helpers: SimpleNamespace, new_class, prepare_class,
resolve_bases."""

import sys


def _function():
    pass


class _Class:
    def _method(self):
        pass


def _generator():
    yield


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_generator())
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = type(type.__dict__)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as e:
        tb = e.__traceback__
        return type(tb), type(tb.tb_frame) if hasattr(tb, "tb_frame") else None


TracebackType, FrameType = _traceback_and_frame()


def _cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell())

del _function, _Class, _generator, _traceback_and_frame, _cell


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; printed as namespace(name=value, ...)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        shown = ", ".join("%s=%r" % item for item in self.__dict__.items())
        return "%s(%s)" % (name, shown)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = "types"


def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by
    what that returns (PEP 560)."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _winning_metaclass(meta, bases):
    for base in bases:
        candidate = type(base)
        if issubclass(meta, candidate):
            continue
        if issubclass(candidate, meta):
            meta = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class "
                        "must be a (non-strict) subclass of the metaclasses of all its bases")
    return meta


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace its __prepare__ gives, and the keyword
    arguments left once 'metaclass' is taken out."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _winning_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would; exec_body(ns) fills the
    namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)
