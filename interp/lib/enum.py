"""Enumerations: Enum, IntEnum, Flag, IntFlag, auto, unique.

Members are instances of their class made when the class is created, in
definition order; the metaclass gives the class iteration, len, `in`,
lookup by name (`Color["RED"]`) and by value (`Color(1)`), and
`__members__` including aliases. Reprs, strs and errors are CPython 3.11's.
"""

__all__ = ["Enum", "IntEnum", "Flag", "IntFlag", "auto", "unique", "EnumMeta", "EnumType"]


class auto:
    _counter = 0

    def __init__(self):
        self.value = _AUTO


_AUTO = object()


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    if type(obj).__name__ in ("function", "builtin_function_or_method"):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_member_name(name, value):
    if name.startswith("__") and name.endswith("__"):
        return False
    if name.startswith("_"):
        return False
    if _is_descriptor(value) or isinstance(value, (classmethod, staticmethod)):
        return False
    return True


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        member_items = [(k, v) for k, v in classdict.items() if _is_member_name(k, v)]
        for k, _ in member_items:
            del classdict[k]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = enum_class._member_type_ = _find_data_type(bases)
        last_values = []
        for name, value in member_items:
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
            last_values.append(value)
            if value in enum_class._value2member_map_:
                # An alias of an earlier member.
                enum_class._member_map_[name] = enum_class._value2member_map_[value]
                continue
            args = value if isinstance(value, tuple) and member_type is not object else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if "__init__" in enum_class.__dict__:
                member.__init__(*(value if isinstance(value, tuple) else (value,)))
            object.__setattr__(member, "_name_", name)
            object.__setattr__(member, "_value_", value)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            enum_class._value2member_map_[value] = member
        return enum_class

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __call__(cls, value, *args, **kwds):
        if args or kwds or not hasattr(cls, "_member_map_"):
            return super().__call__(value, *args, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        member_map = cls.__dict__.get("_member_map_")
        if member_map is not None and name in member_map:
            return member_map[name]
        raise AttributeError(name)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True


EnumMeta = EnumType


def _find_data_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                continue
            if klass in (int, str, float, bytes, tuple):
                return klass
    return object


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        return cls(value)

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __setattr__(self, name, value):
        if name in ("_name_", "_value_", "name", "value"):
            raise AttributeError("cannot set attribute %r" % name)
        object.__setattr__(self, name, value)


class IntEnum(int, Enum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)

    __eq__ = int.__eq__
    __ne__ = int.__ne__
    __hash__ = int.__hash__


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** (high.bit_length())

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls:
            all_bits |= m._value_
        if value & ~all_bits:
            return None
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_ and bin(m._value_).count("1") == 1]
        object.__setattr__(pseudo, "_name_", "|".join(names) if names else None)
        object.__setattr__(pseudo, "_value_", value)
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_ and bin(m._value_).count("1") == 1)

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self):
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)


class IntFlag(int, Flag):
    def __str__(self):
        return int.__repr__(self)

    __eq__ = int.__eq__
    __ne__ = int.__ne__
    __hash__ = int.__hash__


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items() if name != member._name_]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
