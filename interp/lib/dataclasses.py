"""Data classes: the @dataclass decorator, field(), fields(), asdict(),
astuple(), replace(), is_dataclass(), FrozenInstanceError.

The generated methods are closures over the class's fields rather than
code compiled from text (CPython's way); they behave the same: __init__
with defaults and default factories, __repr__, __eq__, ordering with
order=True, frozen instances, __hash__ by CPython's rules, __post_init__.
"""

import copy as _copy

__all__ = ["dataclass", "field", "Field", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "FrozenInstanceError", "MISSING", "InitVar"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values()
                 if not isinstance(f.type, InitVar) and not getattr(f, "_classvar", False))


def _is_classvar(annotation):
    # typing.ClassVar, ClassVar[T], or the same written as a string.
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return (type(annotation).__module__ == "typing"
            and getattr(annotation, "_name", None) == "ClassVar")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_mutable_default(value):
    # CPython's test: an unhashable default (list, dict, set...) is mutable.
    return value.__class__.__hash__ is None


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


def _collect_fields(cls, kw_only):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for name, f in getattr(base, _FIELDS, {}).items():
            collected[name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_seen = False
    for name, type_ in annotations.items():
        if type_ is KW_ONLY or type_ is _KW_ONLY_TYPE:
            # `_: KW_ONLY`: the fields after it are keyword-only.
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if _is_classvar(type_):
            # A class variable: listed in __dataclass_fields__, but no
            # field of the instances; its value stays on the class.
            if f.default_factory is not MISSING:
                raise TypeError(f"field {name} cannot have a default factory")
            f._classvar = True
            _set_class_default(cls, name, default, f)
            collected[name] = f
            continue
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and _is_mutable_default(f.default):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        _set_class_default(cls, name, default, f)
        collected[name] = f
    return collected


def _set_class_default(cls, name, default, f):
    # The class attribute is the default (or absent) when the class body
    # gave a field() object.
    if isinstance(default, Field):
        if f.default is MISSING:
            delattr(cls, name)
        else:
            setattr(cls, name, f.default)


def _tuple_of(obj, names):
    return tuple(getattr(obj, n) for n in names)


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError("non-default argument %r follows default argument" % f.name)
        seen_default = seen_default or has_default
    qualname = cls.__qualname__
    required_count = sum(1 for f in positional
                         if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if required_count == len(positional):
                takes = "%d positional argument%s" % (len(positional) + 1, "" if len(positional) == 0 else "s")
            else:
                takes = "from %d to %d positional arguments" % (required_count + 1, len(positional) + 1)
            raise TypeError("%s.__init__() takes %s but %d were given" % (qualname, takes, len(args) + 1))
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for name, v in kwargs.items():
            if name in values:
                raise TypeError("%s.__init__() got multiple values for argument %r" % (qualname, name))
            if not any(f.name == name for f in init_fields):
                raise TypeError("%s.__init__() got an unexpected keyword argument %r" % (qualname, name))
            values[name] = v
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s.__init__() missing %d required positional argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               " and ".join(repr(m) for m in missing) if len(missing) <= 2
                               else ", ".join(repr(m) for m in missing[:-1]) + ", and " + repr(missing[-1])))
        missing_kw = [f.name for f in keyword_only if f.name not in values
                      and f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError("%s.__init__() missing %d required keyword-only argument%s: %s"
                            % (qualname, len(missing_kw), "" if len(missing_kw) == 1 else "s",
                               " and ".join(repr(m) for m in missing_kw)))
        init_vars = []
        for f in all_fields:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if isinstance(f.type, InitVar):
                init_vars.append(value)
                continue
            object.__setattr__(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    __init__.__qualname__ = qualname + ".__init__"
    return __init__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    collected = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, collected)
    all_fields = [f for f in collected.values() if not getattr(f, "_classvar", False)]
    real = [f for f in all_fields if not isinstance(f.type, InitVar)]
    compared = [f.name for f in real if f.compare]
    qualname = cls.__qualname__

    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(cls, all_fields, frozen, hasattr(cls, "__post_init__"))

    if repr and "__repr__" not in cls.__dict__:
        shown = [f.name for f in real if f.repr]

        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in shown))

        cls.__repr__ = __repr__

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, compared) == _tuple_of(other, compared)
            return NotImplemented

        cls.__eq__ = __eq__

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")

        def make(op_name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, compared), _tuple_of(other, compared))
                return NotImplemented
            method.__name__ = op_name
            return method

        for op_name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                            ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if op_name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (op_name, cls.__name__))
            setattr(cls, op_name, make(op_name, op))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in getattr(cls, _FIELDS):
                raise FrozenInstanceError("cannot assign to field %r" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in getattr(cls, _FIELDS):
                raise FrozenInstanceError("cannot delete field %r" % name)
            object.__delattr__(self, name)

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = "__hash__" in cls.__dict__ and not (eq and cls.__dict__["__hash__"] is None)

    def __hash__(self):
        return hash(_tuple_of(self, hashed))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in real if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        c = _process_class(c, init, repr, eq, order, unsafe_hash, frozen, kw_only)
        if not match_args and "__match_args__" in c.__dict__ and "__match_args__" not in c.__dict__.get("__annotations__", {}):
            del c.__match_args__
        if slots:
            c = _add_slots(c)
        return c

    if cls is None:
        return wrap
    return wrap(cls)


def _convert_inner(obj, factory, named):
    """asdict (named: the factory gets (name, value) pairs) and astuple
    (the values alone): dataclasses through the factory, containers
    rebuilt, anything else deep-copied."""
    if is_dataclass(obj) and not isinstance(obj, type):
        fs = fields(obj)
        values = [_convert_inner(getattr(obj, f.name), factory, named) for f in fs]
        return factory([(f.name, v) for f, v in zip(fs, values)] if named else values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert_inner(v, factory, named) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert_inner(v, factory, named) for v in obj)
    if isinstance(obj, dict):
        return type(obj)(
            (_convert_inner(k, factory, named), _convert_inner(v, factory, named)) for k, v in obj.items()
        )
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert_inner(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert_inner(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if getattr(f, "_classvar", False):
            continue
        if isinstance(f.type, InitVar):
            if f.name not in changes and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _add_slots(cls):
    # A new class with the fields as __slots__ (a class's slots are fixed
    # when it is made).
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    if "__slots__" in cls_dict:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict["__slots__"] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, module=None):
    """A new dataclass named cls_name with the given fields: names,
    (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    namespace.setdefault("__module__", module if module is not None else "types")
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
