"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple.

Weft cannot subclass the built-in types yet, so defaultdict, Counter and
OrderedDict wrap a dict and namedtuple classes wrap a tuple: they behave
like CPython's (methods, repr, equality, iteration) but isinstance(x, dict)
and isinstance(t, tuple) are False.
"""

import sys as _sys


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        return self._items.index(x, *args)

    def remove(self, x):
        self._items.remove(x)

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return deque(self._items, self._maxlen)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return bool(self._items)

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)


class _DictWrapper:
    """The dict interface over self._data."""

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._data == other._data
        return self._data == other

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, *args, **kwargs):
        self._data.update(*args, **kwargs)

    def clear(self):
        self._data.clear()


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data = dict(*args, **kwargs)

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    def __repr__(self):
        return "defaultdict(%r, %r)" % (self.default_factory, self._data)


class OrderedDict(_DictWrapper):
    def __init__(self, *args, **kwargs):
        self._data = dict(*args, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = list(self._data.items())
            self._data.clear()
            self._data[key] = value
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self._data))) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def copy(self):
        return OrderedDict(self._data)

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._data.items()),)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kwargs):
        self._data = {}
        self.update(iterable, **kwargs)

    def __getitem__(self, key):
        return self._data.get(key, 0)

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for key in iterable.keys():
                    self._data[key] = self._data.get(key, 0) + iterable[key]
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) + 1
        for key, value in kwargs.items():
            self._data[key] = self._data.get(key, 0) + value

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for key in iterable.keys():
                    self._data[key] = self._data.get(key, 0) - iterable[key]
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) - 1
        for key, value in kwargs.items():
            self._data[key] = self._data.get(key, 0) - value

    def most_common(self, n=None):
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for key, count in self._data.items():
            for _ in range(count):
                yield key

    def total(self):
        return sum(self._data.values())

    def copy(self):
        return Counter(self._data)

    def __add__(self, other):
        result = Counter()
        for key in list(self._data) + [k for k in other._data if k not in self._data]:
            count = self[key] + other[key]
            if count > 0:
                result._data[key] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for key in self._data:
            count = self[key] - other[key]
            if count > 0:
                result._data[key] = count
        return result

    def __repr__(self):
        if not self._data:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults else ()

    def __init__(self, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError("%s() takes %d positional arguments but %d were given" % (typename, len(fields) + 1, len(values) + 1))
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
        object.__setattr__(self, "_values", tuple(values))

    def __getattr__(self, name):
        values = object.__getattribute__(self, "_values")
        if name in fields:
            return values[fields.index(name)]
        raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return "%s(%s)" % (typename, ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self._values)))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __lt__(self, other):
        return tuple(self) < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **changes):
        d = dict(zip(fields, self._values))
        d.update(changes)
        return cls(**d)

    @classmethod
    def _make(klass, iterable):
        return klass(*iterable)

    namespace = {
        "__init__": __init__, "__getattr__": __getattr__, "__setattr__": __setattr__, "__repr__": __repr__,
        "__iter__": __iter__, "__len__": __len__, "__getitem__": __getitem__, "__eq__": __eq__,
        "__lt__": __lt__, "__hash__": __hash__, "_asdict": _asdict, "_replace": _replace, "_make": _make,
        "_fields": fields, "_field_defaults": dict(zip(fields[len(fields) - len(defaults):], defaults)),
        "__module__": module or "__main__",
    }
    cls = type(typename, (object,), namespace)
    cls.__qualname__ = typename
    return cls
