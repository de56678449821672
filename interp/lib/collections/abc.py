"""collections.abc: the abstract base classes of the container protocols.

Each "one-method" ABC (Hashable, Iterable, Sized, ...) recognises any class
whose MRO defines its methods, without registration. The richer ABCs
(Set, Mapping, Sequence and their mutable forms) derive most of their API
from a few abstract methods. The built-in containers are registered at the
end of the module, since weft's built-in types do not all list their
special methods in their __dict__.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
           "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
           "Reversible", "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]


def _defines(cls, *names):
    """The structural test of the one-method ABCs.

    True when every name is found somewhere along cls's MRO; a name bound
    to None (as `__hash__ = None`) opts the class out. NotImplemented lets
    the ABC fall back to inheritance and registration."""
    mro = cls.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _closer(kind):
    """The `close` mixin of Generator and Coroutine (`kind` names it in
    the error): GeneratorExit thrown in must end it, not be answered."""

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(kind + " ignored GeneratorExit")

    close.__doc__ = "Finish the %s by throwing GeneratorExit into it." % kind
    return close


def _raise_thrown(typ, val, tb):
    # The exception a throw(typ, val, tb) call stands for, as generators do.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# ---- Parameterised aliases ----------------------------------------------
# weft cannot build types.GenericAlias objects for Python classes, so the
# ABCs' `X[args]` returns this small stand-in with the same repr and
# attributes.

def _arg_repr(arg):
    if arg is Ellipsis:
        return "..."
    if isinstance(arg, type) and not hasattr(arg, "__origin__"):
        if arg.__module__ == "builtins":
            return arg.__qualname__
        return f"{arg.__module__}.{arg.__qualname__}"
    return repr(arg)


class _Subscripted:
    """`Origin[args]`: remembers the arguments; calling it instantiates
    the origin, and subclassing it subclasses the origin."""

    def __init__(self, origin, args, shown=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self._shown = args if shown is None else shown

    def __repr__(self):
        origin = self.__origin__
        shown = self._shown
        if shown == ():
            inner = "()"
        elif shown is self.__args__:
            inner = ", ".join(_arg_repr(a) for a in shown)
        else:
            # Callable's argument list, then its result.
            arguments, result = shown
            listed = ", ".join(_arg_repr(a) for a in arguments)
            inner = f"[{listed}], {_arg_repr(result)}"
        return f"{origin.__module__}.{origin.__qualname__}[{inner}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __eq__(self, other):
        if not isinstance(other, _Subscripted):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _subscript(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _Subscripted(cls, params)


def _subscript_callable(cls, params):
    # Callable[[A, B], R] keeps its argument list in the repr but flattens
    # it in __args__; Callable[..., R] keeps the ellipsis.
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    arguments, result = params
    if isinstance(arguments, list):
        return _Subscripted(cls, (*arguments, result), (arguments, result))
    if arguments is Ellipsis:
        return _Subscripted(cls, params)
    raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                    f"or Concatenate. Got {arguments!r}")


_generic = classmethod(_subscript)


# ---- Awaitables and asynchronous iteration ------------------------------

class _Awaiting:
    """An awaitable over a generator function: what the asynchronous
    mixin methods return (weft has no `async def` to write them with)."""

    __slots__ = ("_start",)

    def __init__(self, start):
        self._start = start

    def __await__(self):
        return self._start()


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _defines(C, "__await__")
        return NotImplemented

    __class_getitem__ = _generic


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; StopIteration ends it."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise the given exception inside the coroutine."""
        _raise_thrown(typ, val, tb)

    close = _closer("coroutine")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _defines(C, "__await__", "send", "throw", "close")
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _defines(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = _generic


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """An awaitable giving the next item, or raising StopAsyncIteration."""
        def finished():
            raise StopAsyncIteration
            yield
        return _Awaiting(finished)

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _defines(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """An awaitable resuming the generator with value."""
        def finished():
            raise StopAsyncIteration
            yield
        return _Awaiting(finished)

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """An awaitable raising the exception inside the generator."""
        def thrown():
            _raise_thrown(typ, val, tb)
            yield
        return _Awaiting(thrown)

    def aclose(self):
        """An awaitable finishing the generator with GeneratorExit."""
        def closing():
            try:
                yield from self.athrow(GeneratorExit).__await__()
            except (GeneratorExit, StopAsyncIteration):
                return
            raise RuntimeError("asynchronous generator ignored GeneratorExit")
        return _Awaiting(closing)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _defines(C, "__aiter__", "__anext__", "asend", "athrow", "aclose")
        return NotImplemented


# ---- One-method protocols -----------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _defines(C, "__hash__")
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _defines(C, "__iter__")
        return NotImplemented

    __class_getitem__ = _generic


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration once exhausted."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _defines(C, "__iter__", "__next__")
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _defines(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; StopIteration ends it."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise the given exception inside the generator."""
        _raise_thrown(typ, val, tb)

    close = _closer("generator")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _defines(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _defines(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _defines(C, "__contains__")
        return NotImplemented

    __class_getitem__ = _generic


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _defines(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _defines(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_subscript_callable)


# ---- Sets ---------------------------------------------------------------

def _same(a, b):
    # Containment as the built-in containers test it: identity first.
    return a is b or a == b


class Set(Collection):
    """A finite iterable container with set comparisons and operators.

    Subclasses provide __contains__, __iter__ and __len__; results of the
    operators are built with the _from_iterable classmethod, which a
    subclass whose constructor takes other arguments must override."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # Comparisons are subset/superset tests, only against other Sets.
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(item in other for item in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) >= len(other):
            return False
        return self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(item in self for item in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) <= len(other):
            return False
        return self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) != len(other):
            return False
        return self.__le__(other)

    # & and | accept any iterable operand; - and ^ make a set of it first.
    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def _as_set(self, other):
        # other as a Set, or None when it is not even iterable.
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        def either():
            yield from (x for x in self if x not in other)
            yield from (x for x in other if x not in self)
        return self._from_iterable(either())

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True if self and other have no element in common."""
        for x in other:
            if x in self:
                return False
        return True

    def _hash(self):
        """A hash of the set's elements independent of their order.

        Gives the numbers frozenset's hash gives, so a hashable Set
        subclass can use it as __hash__ and agree with frozensets."""
        width = sys.maxsize.bit_length() + 1
        mask = (1 << width) - 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            h = hash(item)
            # xor is commutative: the order of iteration does not matter.
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        # Back to a signed machine word; -1 is reserved for errors.
        if acc >> (width - 1):
            acc -= 1 << width
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that subclasses can change through add and discard."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value from the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value, raising KeyError when absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---- Mappings -----------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: subclasses provide __getitem__, __iter__ and
    __len__; get, keys, items, values, __contains__ and __eq__ follow."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        mine = dict(self.items())
        return mine == dict(other.items())

    # A mapping is not a sequence: reversed() must not index it.
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = _generic


class KeysView(MappingView, Set):
    __slots__ = ()

    # Set operations on views give plain sets.
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """A Mapping that subclasses can change through __setitem__ and
    __delitem__; pop, popitem, clear, update and setdefault follow."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    # Distinguishes "no default given" from any value a caller could pass.
    _NO_DEFAULT = object()

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; when key is missing, return
        default if one was given, else raise KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping._NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return the first (key, value) pair; KeyError when
        the mapping is empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every key."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Add the pairs of other (a mapping, an object with keys(), or
        an iterable of pairs), then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key]; when missing, store default under key first."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- Sequences ----------------------------------------------------------

class Sequence(Reversible, Collection):
    """An indexable, sized sequence: subclasses provide __getitem__ and
    __len__; iteration, membership, reversed, index and count follow."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Index until IndexError, so a sequence whose length changes
        # while it is iterated still ends cleanly.
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first position of value within [start, stop); ValueError
        when it does not occur there."""
        # Negative bounds count from the end, as in list.index.
        if (start or 0) < 0:
            start = max(0, start + len(self))
        if (stop or 0) < 0:
            stop += len(self)
        i = start
        while True:
            if stop is not None and i >= stop:
                break
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    """The common ABC of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that subclasses can change through __setitem__,
    __delitem__ and insert; the list methods follow."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value at position index, shifting later items right."""
        raise IndexError

    def append(self, value):
        """Add value after the last item."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        """Append each item of values."""
        if values is self:
            # Appending to self while iterating it would never end.
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Delete the first item equal to value; ValueError if none is."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- The built-in types -------------------------------------------------

def _register_all(abc, *types):
    for t in types:
        abc.register(t)


def _iterator_types():
    samples = (b"", bytearray(), {}.keys(), {}.values(), {}.items(), [],
               reversed([]), range(0), range(1 << 70), set(), "", (), zip())
    found = {type(iter(s)) for s in samples}
    found.add(type(iter(lambda: None, None)))
    return found


def _sample_generator():
    yield


def _callable_types():
    # weft's built-in callables do not list __call__ in their type's dict.
    class Probe:
        def method(self):
            pass
    samples = (_sample_generator, len, [].append, str.upper, int.__add__,
               (1).__add__, Probe().method, type)
    return {type(s) for s in samples}


_register_all(Iterator, *_iterator_types())
_register_all(Generator, type(_sample_generator()))
_register_all(Callable, *_callable_types())
_register_all(Set, frozenset)
_register_all(MutableSet, set)
_register_all(Mapping, type(type.__dict__))
_register_all(MutableMapping, dict)
# Ordered since 3.8, so reversible; weft's types do not show __reversed__.
_register_all(Reversible, dict, type({}.keys()), type({}.values()), type({}.items()))
_register_all(KeysView, type({}.keys()))
_register_all(ItemsView, type({}.items()))
_register_all(ValuesView, type({}.values()))
_register_all(Sequence, tuple, str, range)
try:
    _register_all(Sequence, memoryview)
except NameError:
    pass  # weft has no memoryview yet
_register_all(ByteString, bytes, bytearray)
_register_all(MutableSequence, list, bytearray)
