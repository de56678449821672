"""Enumerations: Enum, IntEnum, Flag, IntFlag, auto, unique.

Members are instances of their class made when the class is created, in
definition order; the metaclass gives the class iteration, len, `in`,
lookup by name (`Color["RED"]`) and by value (`Color(1)`), and
`__members__` including aliases. Reprs, strs and errors are CPython 3.11's.
"""

__all__ = ["Enum", "IntEnum", "Flag", "IntFlag", "auto", "unique", "EnumMeta", "EnumType",
           "ReprEnum", "StrEnum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "verify",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "member", "nonmember",
           "global_enum", "property", "show_flag_values"]

import builtins as _builtins

# Set once StrEnum exists: its subclasses' values must be str.
_str_enum_checks = False


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


class member:
    """Forces the value to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the value from becoming a member."""

    def __init__(self, value):
        self.value = value


_member = member


def _is_member_name(name, value):
    if isinstance(value, member):
        return True
    if isinstance(value, nonmember):
        return False
    if name.startswith("__") and name.endswith("__"):
        return False
    if name.startswith("_"):
        return False
    if _is_descriptor(value) or isinstance(value, (classmethod, staticmethod)):
        return False
    return True


class _EnumNamespace(dict):
    """The namespace an enum's class body fills: `auto()` gets its value as
    the member is assigned, so later lines of the body can use it
    (`BOTH = READ | WRITE`), and a member name cannot be given twice."""

    def __init__(self, generate):
        super().__init__()
        self._generate = generate
        self._member_values = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_member_name(key, value):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto) and self._generate is not None:
                value = self._generate(key, 1, len(self._member_values), self._member_values[:])
            self._member_values.append(value.value if isinstance(value, _member) else value)
        elif key in self and _is_member_name(key, self[key]):
            raise TypeError("%r already defined as %r" % (key, self[key]))
        super().__setitem__(key, value)


# Bound to the class once it exists (EnumType.__new__ asks for it).
Flag = None


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            generate = getattr(base, "_generate_next_value_", None)
            if generate is not None:
                break
        return _EnumNamespace(generate)

    def __new__(metacls, cls, bases, classdict, **kwds):
        classdict = dict(classdict)
        member_items = [(k, v.value if isinstance(v, _member) else v)
                        for k, v in classdict.items() if _is_member_name(k, v)]
        for k, _ in member_items:
            del classdict[k]
        for k, v in list(classdict.items()):
            if isinstance(v, nonmember):
                classdict[k] = v.value
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        for base in bases:
            if isinstance(base, EnumType) and base.__dict__.get("_member_names_"):
                raise TypeError("%r cannot extend %r" % (enum_class, base))
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = enum_class._member_type_ = _find_data_type(bases)
        # With a data type first in the bases (str, Enum), its repr and
        # friends would come before Enum's: unless the class defines its
        # own, they are Enum's (its hash stays the data type's).
        first_enum = _first_enum(bases)
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name, None)
                enum_method = getattr(first_enum, name, None)
                if enum_method is not None and (found is getattr(member_type, name, None)
                                                or found is getattr(object, name, None)):
                    type.__setattr__(enum_class, name, enum_method)
        # A Flag's operators are Flag's, before a data type's (IntFlag's int).
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                         "__invert__"):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
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
            # A flag's zero and multi-bit values are aliases: not iterated.
            is_flag = "Flag" in globals() and Flag in enum_class.__mro__
            if not (is_flag and isinstance(value, int) and bin(value).count("1") != 1):
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            enum_class._value2member_map_[value] = member
        if _str_enum_checks and StrEnum in enum_class.__mro__:
            for m in enum_class._member_map_.values():
                if not isinstance(m._value_, str):
                    raise TypeError("%r is not a string" % (m._value_,))
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

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if not hasattr(cls, "_member_map_"):
            return super().__call__(value)
        if names is not None:
            # The functional API: Enum('Color', 'RED GREEN').
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
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

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if cls._member_names_:
            raise TypeError("%s: cannot extend enumeration %r" % (class_name, cls.__name__))
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        classdict = {"__module__": module if module is not None else "__main__",
                     "__qualname__": qualname if qualname is not None else class_name}
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if "Flag" in globals() and Flag in cls.__mro__:
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True


EnumMeta = EnumType


def _first_enum(bases):
    """The Enum class a new enum derives from (the last base), if any."""
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


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

    # No __eq__ here: members compare by identity (object's), and a mixed-in
    # data type's comparison (str, int, ...) comes first in the MRO.

    def __setattr__(self, name, value):
        if name in ("name", "value"):
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % name)
        object.__setattr__(self, name, value)


class IntEnum(int, Enum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

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
        extra = value & ~all_bits
        if extra and cls._member_type_ is object:
            # FlagBoundary STRICT (Flag's default), with CPython's message.
            width = max(all_bits.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, _bin(value, width), _bin(all_bits, width)))
        # IntFlag keeps unknown bits (FlagBoundary KEEP), named by value.
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_ and bin(m._value_).count("1") == 1]
        if extra and names:
            # Unknown bits are named only next to known ones: IntFlag(8)
            # with no member for 8 has no name at all.
            names.append(str(extra))
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

    def _other_value(self, other):
        # A member of this flag, or (IntFlag) a plain int.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        flag_mask = 0
        for m in type(self):
            flag_mask |= m._value_
        if self._member_type_ is object:
            return type(self)(flag_mask & ~self._value_)
        # IntFlag keeps all bits (FlagBoundary KEEP): the inverse of the
        # value within the members' width, or wider for wider values.
        value = ~self._value_
        all_bits = 2 ** flag_mask.bit_length() - 1
        if value < 0:
            if value < ~all_bits or value & (all_bits ^ flag_mask):
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                value = all_bits + 1 + value
        return type(self)(value)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


def _bin(num, width):
    # enum._bin: '0b0 1000'-style, with a sign digit and a space.
    digits = bin(num)[2:].zfill(width)
    return "0b0 " + digits


class IntFlag(int, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    __eq__ = int.__eq__
    __ne__ = int.__ne__
    __hash__ = int.__hash__


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items() if name != member._name_]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    __eq__ = str.__eq__
    __ne__ = str.__ne__
    __hash__ = str.__hash__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


_str_enum_checks = True


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class verify:
    """Check an enumeration for UNIQUE, CONTINUOUS and NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if duplicates:
                    alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
                    raise ValueError("aliases found in %r: %s" % (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high) if v not in values]
                if missing:
                    raise ValueError(("invalid enum %r: missing values %s"
                                      % (cls_name, ", ".join(str(m) for m in missing)))[:256])
        return enumeration


def global_enum(cls, update_str=False):
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    out = []
    while value:
        low = value & -value
        out.append(low)
        value ^= low
    return out


property = _builtins.property
