"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple,
ChainMap and the UserDict, UserList and UserString wrappers.

defaultdict, Counter and OrderedDict are dict subclasses and namedtuple
makes tuple subclasses, as in CPython; deque is native (`_collections`,
interp/src/modules/collections.rs).
"""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

import sys as _sys
import _thread


from _collections import deque


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "defaultdict(%r, %r)" % (self.default_factory, dict(self))


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self))) if last else next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return OrderedDict(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        return dict(self) == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self.items()),)


def _counters_only(method):
    # Counter's comparisons and operators are defined between Counters
    # only; any other operand gets NotImplemented.
    def guarded(self, other):
        if isinstance(other, Counter):
            return method(self, other)
        return NotImplemented
    guarded.__name__ = method.__name__
    guarded.__qualname__ = method.__qualname__
    return guarded


class Counter(dict):
    def __init__(self, iterable=None, /, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    # Multiset comparisons (3.10): an element missing from one side
    # counts as zero there; only Counters compare.
    def _count_pairs(self, other):
        for key in self:
            yield self[key], other[key]
        for key in other:
            if key not in self:
                yield 0, other[key]

    @_counters_only
    def __eq__(self, other):
        return all(mine == theirs for mine, theirs in self._count_pairs(other))

    @_counters_only
    def __ne__(self, other):
        return not self == other

    @_counters_only
    def __le__(self, other):
        return all(mine <= theirs for mine, theirs in self._count_pairs(other))

    @_counters_only
    def __lt__(self, other):
        return self.__le__(other) and not self.__eq__(other)

    @_counters_only
    def __ge__(self, other):
        return all(mine >= theirs for mine, theirs in self._count_pairs(other))

    @_counters_only
    def __gt__(self, other):
        return self.__ge__(other) and not self.__eq__(other)

    __hash__ = None

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def update(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for key in iterable.keys():
                    self[key] = self.get(key, 0) + iterable[key]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        for key, value in kwargs.items():
            self[key] = self.get(key, 0) + value

    def subtract(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for key in iterable.keys():
                    self[key] = self.get(key, 0) - iterable[key]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        for key, value in kwargs.items():
            self[key] = self.get(key, 0) - value

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for key, count in self.items():
            for _ in range(count):
                yield key

    def total(self):
        return sum(self.values())

    def copy(self):
        return Counter(self)

    __copy__ = copy

    # The binary operators keep only the positive counts of the result.
    # An element only in `other` counts as zero on this side.
    def _merged(self, other, combine):
        result = Counter()
        for key, count in self.items():
            value = combine(count, other[key])
            if value > 0:
                result[key] = value
        for key, count in other.items():
            if key not in self:
                value = combine(0, count)
                if value > 0:
                    result[key] = value
        return result

    @_counters_only
    def __add__(self, other):
        return self._merged(other, lambda a, b: a + b)

    @_counters_only
    def __sub__(self, other):
        return self._merged(other, lambda a, b: a - b)

    @_counters_only
    def __or__(self, other):
        return self._merged(other, max)

    @_counters_only
    def __and__(self, other):
        return self._merged(other, min)

    # The in-place forms change self, then drop what is not positive.
    def _drop_non_positive(self):
        for key in [k for k, count in self.items() if not count > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for key, count in other.items():
            if count > self[key]:
                self[key] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for key, count in self.items():
            if other[key] < count:
                self[key] = other[key]
        return self._drop_non_positive()

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def __pos__(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __neg__(self):
        return Counter({k: 0 - v for k, v in self.items() if v < 0})

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        return "%s({%s})" % (name, ", ".join("%r: %r" % kv for kv in self.most_common()))


_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        # Invalid or repeated names become _0, _1, ... by position.
        for position, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[position] = f"_{position}"
            seen.add(name)
    for name in (typename, *field_names):
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             f"identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a "
                             f"keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: "
                             f"{name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults else ()
    if len(defaults) > len(fields):
        raise TypeError("Got more default values than field names")

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given" % (typename, len(fields) + 1, len(values) + 1))
        for name in kwargs:
            # Unknown keywords are reported before missing arguments.
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, name))
            if fields.index(name) < len(values):
                raise TypeError("%s.__new__() got multiple values for argument %r" % (typename, name))
        for name in fields[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif len(fields) - len(values) <= len(defaults):
                values.append(defaults[len(defaults) - (len(fields) - len(values))])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s" % (
                    typename, len(missing), "" if len(missing) == 1 else "s",
                    " and ".join(repr(m) for m in missing)))
        if kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, next(iter(kwargs))))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        d = dict(zip(fields, self))
        for name in changes:
            if name not in d:
                raise ValueError("Got unexpected field names: %r" % (list(changes),))
        d.update(changes)
        return type(self)(**d)

    @classmethod
    def _make(klass, iterable):
        return tuple.__new__(klass, tuple(iterable))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
        "_make": _make, "__getnewargs__": __getnewargs__,
        "_fields": fields, "_field_defaults": dict(zip(fields[len(fields) - len(defaults):], defaults)),
        "__module__": module or "__main__",
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, index=index: self[index])
    cls = type(typename, (tuple,), namespace)
    cls.__qualname__ = typename
    return cls


class ChainMap:
    """Several mappings searched in order; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, each once.
        seen = {}
        for position in range(len(self.maps) - 1, -1, -1):
            seen.update(dict.fromkeys(self.maps[position]))
        return iter(seen)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: {!r}".format(key))

    def pop(self, key, *args):
        try:
            first = self.maps[0]
            return first.pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: {!r}".format(key))

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())


# ---- Wrapper classes ------------------------------------------------------
# UserDict, UserList and UserString keep their contents in a real dict, list
# or str, the `data` attribute, and are meant to be subclassed: results that
# are containers again are built with self.__class__, so they keep the
# subclass.

import collections.abc as _cabc

_cabc.MutableSequence.register(deque)


def _unwrapped(value, wrapper):
    # The plain container inside a wrapper object, else value itself.
    return value.data if isinstance(value, wrapper) else value


def _shallow_copy(obj, duplicate):
    # A copy of obj's instance attributes, with its own copy of `data`;
    # instance __dict__ is written directly so no property or
    # __setattr__ of a subclass runs.
    cls = obj.__class__
    twin = cls.__new__(cls)
    twin.__dict__.update(obj.__dict__)
    twin.__dict__["data"] = duplicate(obj.__dict__["data"])
    return twin


class UserDict(_cabc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # Like dict, a subclass may supply defaults through __missing__.
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # Answer from data directly: Mapping's version would call __missing__.
    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    # The dict union operators (3.9), accepting dicts and UserDicts.
    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_copy(self, dict.copy)

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(dict(self.data))
        # A subclass may hold more state: copy.copy the instance with an
        # empty data (so the dict is not copied twice), then refill it.
        import copy
        saved = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_cabc.MutableSequence):
    """A list-like wrapper around a real list, kept in `data`."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif type(initlist) is list:
            self.data = initlist[:]
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    # Comparisons see through a UserList operand to its list.
    def __lt__(self, other):
        return self.data < _unwrapped(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrapped(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrapped(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrapped(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrapped(other, UserList)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        # A slice is a sequence again, of the same class.
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        # An operand of + and +=: a UserList's data, a list as is, or any
        # other iterable made into a list.
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, list.copy)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))


class UserString(_cabc.Sequence):
    """A str-like wrapper around a real str, kept in `data`.

    Methods that give a string in str give an instance of the wrapper's
    class here; the others (split, find, encode, ...) give what str does."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data[:]
        elif isinstance(seq, str):
            self.data = seq
        else:
            self.data = str(seq)

    def _new(self, text):
        return self.__class__(text)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrapped(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrapped(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrapped(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrapped(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrapped(string, UserString)

    def __contains__(self, char):
        return _unwrapped(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self._new(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return self._new(self.data + other)

    def __radd__(self, other):
        prefix = other if isinstance(other, str) else str(other)
        return self._new(prefix + self.data)

    def __mul__(self, n):
        return self._new(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._new(self.data % args)

    def __rmod__(self, template):
        return self._new(str(template) % self)

    # The str methods that take arguments, in str's order of documentation.
    def center(self, width, *args):
        return self._new(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_unwrapped(sub, UserString), start, end)

    def removeprefix(self, prefix, /):
        return self._new(self.data.removeprefix(_unwrapped(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return self._new(self.data.removesuffix(_unwrapped(suffix, UserString)))

    def encode(self, encoding='utf-8', errors='strict'):
        # None stands for the default of either argument.
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self._new(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_unwrapped(sub, UserString), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self._new(self.data.ljust(width, *args))

    def lstrip(self, chars=None):
        return self._new(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        old = _unwrapped(old, UserString)
        new = _unwrapped(new, UserString)
        return self._new(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_unwrapped(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self._new(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self._new(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self._new(self.data.strip(chars))

    def translate(self, *args):
        return self._new(self.data.translate(*args))

    def zfill(self, width):
        return self._new(self.data.zfill(width))


# The argument-less str methods: the predicates answer with str's bool,
# the transformations with a new instance of the wrapper's class.
def _str_predicate(name):
    test = getattr(str, name)
    def predicate(self):
        return test(self.data)
    return predicate


def _str_transform(name):
    change = getattr(str, name)
    def transform(self):
        return self._new(change(self.data))
    return transform


for _name, _make in [
        *((n, _str_predicate) for n in (
            "isalpha", "isalnum", "isascii", "isdecimal", "isdigit",
            "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
            "istitle", "isupper")),
        *((n, _str_transform) for n in (
            "capitalize", "casefold", "lower", "swapcase", "title", "upper"))]:
    _method = _make(_name)
    _method.__name__ = _name
    _method.__qualname__ = "UserString." + _name
    setattr(UserString, _name, _method)
del _name, _make, _method
