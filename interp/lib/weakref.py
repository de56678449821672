"""Weak references and the containers built on them, as CPython's weakref.

`ref`, `getweakrefcount`, `getweakrefs` and `ReferenceType` are native
(`_weakref`); proxies, the weak dictionaries, `WeakMethod` and `finalize`
are written here over them. `WeakSet` lives in `_weakrefset`."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _weakrefset import WeakSet
from collections.abc import Mapping, MutableMapping
from _thread import RLock as _RLock
import operator as _operator
import sys as _sys
import _thread

__all__ = [
    "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
    "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
    "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize",
]

_object_getattribute = object.__getattribute__
_object_setattr = object.__setattr__

# Death callbacks take what they use as default arguments, not closure
# cells: with threads, Weft has been seen running a callback whose cell was
# already empty (NameError: cannot access free variable).


# --- proxies -----------------------------------------------------------

def _referent(p):
    """The object proxy `p` stands for; ReferenceError once it died."""
    obj = _object_getattribute(p, "_proxy_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _unwrap(x):
    # Binary operations and comparisons see through proxies on both sides.
    return _referent(x) if isinstance(x, ProxyType) else x


class ProxyType:
    """A weak proxy: every use is forwarded to the referent while it lives."""

    def __new__(cls, *args, **kwargs):
        # Only `proxy()` makes them (with `object.__new__`).
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = _object_getattribute(self, "_proxy_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        return _referent(self).__index__()

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __abs__(self):
        return abs(_referent(self))

    def __invert__(self):
        return ~_referent(self)

    def __lt__(self, other):
        return _referent(self) < _unwrap(other)

    def __le__(self, other):
        return _referent(self) <= _unwrap(other)

    def __eq__(self, other):
        return _referent(self) == _unwrap(other)

    def __ne__(self, other):
        return _referent(self) != _unwrap(other)

    def __gt__(self, other):
        return _referent(self) > _unwrap(other)

    def __ge__(self, other):
        return _referent(self) >= _unwrap(other)


def _forward_binary(name, plain, in_place):
    """Give ProxyType `__name__` and `__rname__` over `plain`, and
    `__iname__` over `in_place` (which may mutate the referent: CPython's
    proxies answer it with the result, not with the proxy)."""

    def forward(self, other):
        return plain(_referent(self), _unwrap(other))

    def reflected(self, other):
        return plain(_unwrap(other), _referent(self))

    def forward_in_place(self, other):
        return in_place(_referent(self), _unwrap(other))

    for prefix, fn in (("__", forward), ("__r", reflected), ("__i", forward_in_place)):
        fn.__name__ = prefix + name + "__"
        setattr(ProxyType, fn.__name__, fn)


for _name, _plain, _in_place in (
    ("add", _operator.add, _operator.iadd),
    ("sub", _operator.sub, _operator.isub),
    ("mul", _operator.mul, _operator.imul),
    ("matmul", _operator.matmul, _operator.imatmul),
    ("truediv", _operator.truediv, _operator.itruediv),
    ("floordiv", _operator.floordiv, _operator.ifloordiv),
    ("mod", _operator.mod, _operator.imod),
    ("pow", _operator.pow, _operator.ipow),
    ("lshift", _operator.lshift, _operator.ilshift),
    ("rshift", _operator.rshift, _operator.irshift),
    ("and", _operator.and_, _operator.iand),
    ("or", _operator.or_, _operator.ior),
    ("xor", _operator.xor, _operator.ixor),
):
    _forward_binary(_name, _plain, _in_place)
del _name, _plain, _in_place

ProxyType.__divmod__ = lambda self, other: divmod(_referent(self), _unwrap(other))
ProxyType.__rdivmod__ = lambda self, other: divmod(_unwrap(other), _referent(self))


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that does not keep it alive; `callback(proxy)` is
    called when `obj` dies (if the proxy is still alive then)."""
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        target = ref(obj)
    else:
        # The callback holds the proxy weakly, as CPython's does not keep
        # the proxy alive either.
        proxy_ref = ref(p)

        def referent_died(_, proxy_ref=proxy_ref, callback=callback):
            p = proxy_ref()
            if p is not None:
                callback(p)

        target = ref(obj, referent_died)
    _object_setattr(p, "_proxy_ref", target)
    return p


# --- What both weak mappings share -------------------------------------

class _WeakMappingUpdates:
    """What the two weak mappings share: repr, iteration over their live
    entries, and clear, update and the | operators in terms of item
    assignment (each mapping wraps keys or values in weak references
    there)."""

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    # Iteration over a snapshot of the live entries (`_live_items`, which
    # each mapping defines for its kind of weak reference).
    def __iter__(self):
        for key, _ in self._live_items():
            yield key

    def keys(self):
        return iter(self)

    def values(self):
        for _, value in self._live_items():
            yield value

    def items(self):
        return iter(self._live_items())

    def clear(self):
        self.data.clear()

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, Mapping):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, Mapping):
            new = type(self)()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


# --- WeakValueDictionary -------------------------------------------------

def _value_dropper(container_ref):
    """The death callback of a value's weak reference: remove its key if the
    entry still holds that reference."""

    def drop(key, value_ref, container_ref=container_ref):
        container = container_ref()
        if container is None:
            return
        # Under the lock that `__setitem__` takes, so a new value stored by
        # another thread between the check and the removal is not lost.
        with container._lock:
            if container.data.get(key) is value_ref:
                container.data.pop(key, None)

    return drop


class WeakValueDictionary(_WeakMappingUpdates, MutableMapping):
    """A mapping whose values are held weakly: an entry leaves when its
    value dies."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        # Reentrant: a callback may run on the thread that holds it.
        self._lock = _RLock()
        self._drop = _value_dropper(ref(self))
        self.update(other, **kwargs)

    def _value_ref(self, key, value):
        return ref(value, lambda value_ref, key=key, drop=self._drop: drop(key, value_ref))

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        value_ref = self._value_ref(key, value)
        with self._lock:
            self.data[key] = value_ref

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self._live_items())

    def __contains__(self, key):
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def _live_items(self):
        # A snapshot, so that values dying during the caller's loop do not
        # change the dict under it.
        items = []
        for key, value_ref in list(self.data.items()):
            value = value_ref()
            if value is not None:
                items.append((key, value))
        return items

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            return default
        return default if value is None else value

    def copy(self):
        new = type(self)()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self._live_items():
            new[deepcopy(key, memo)] = value
        return new

    def pop(self, key, *default):
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self[key] = default
            return default
        return value


# --- WeakKeyDictionary ---------------------------------------------------

def _key_dropper(container_ref):
    """The death callback of a key's weak reference: remove its entry."""

    def drop(key_ref, container_ref=container_ref):
        container = container_ref()
        if container is not None:
            container.data.pop(key_ref, None)

    return drop


class WeakKeyDictionary(_WeakMappingUpdates, MutableMapping):
    """A mapping whose keys are held weakly: an entry leaves when its key
    dies. Keys are matched by equality, as in a dict (weak references hash
    and compare as their referents)."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_dropper(ref(self))
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self._live_items())

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:
            return False
        return key_ref in self.data

    def _live_items(self):
        # A snapshot, so that keys dying during the caller's loop do not
        # change the dict under it.
        items = []
        for key_ref, value in list(self.data.items()):
            key = key_ref()
            if key is not None:
                items.append((key, value))
        return items

    def keyrefs(self):
        """The keys' weak references (call one to get its key or None)."""
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        new = type(self)()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)


# --- WeakMethod ----------------------------------------------------------

class WeakMethod:
    """A weak reference to a bound method: dead once either its object or
    its function dies (a bound method itself is usually short-lived).
    Weft's `ref` is not a class, so this wraps two references instead of
    subclassing one."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self._alive = True
        if callback is None:
            self._obj_ref = ref(obj)
            self._func_ref = ref(func)
        else:
            self_ref = ref(self)

            def part_died(_, self_ref=self_ref, callback=callback):
                method_ref = self_ref()
                if method_ref is not None and method_ref._alive:
                    method_ref._alive = False
                    callback(method_ref)

            self._obj_ref = ref(obj, part_died)
            self._func_ref = ref(func, part_died)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return self._obj_ref() is other._obj_ref() and self._func_ref() == other._func_ref()
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash((id(self._obj_ref()), self._func_ref()))


# --- finalize ------------------------------------------------------------

class finalize:
    """Call `func(*args, **kwargs)` once, when `obj` dies or when the
    finalizer is called, whichever comes first; those still alive at exit
    with `atexit` true run then, newest first."""

    # Live finalizers: keeps each alive (it is the referent's callback)
    # until it has run or was detached, even if the caller dropped it.
    _registry = {}
    _created = 0
    _registered_with_atexit = False
    _shutdown = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._created
        finalize._created += 1
        self._registry[self] = info

    @classmethod
    def _exitfunc(cls):
        """At exit: run the live finalizers marked `atexit`, newest first
        (the collector stays off meanwhile, as in CPython)."""
        import gc
        enabled = gc.isenabled()
        gc.disable()
        try:
            while True:
                pending = [(info.index, f) for f, info in list(cls._registry.items()) if info.atexit]
                if not pending:
                    break
                f = max(pending, key=lambda item: item[0])[1]
                try:
                    f()
                except Exception as e:
                    _sys.stderr.write(_thread._format_exception(e))
                cls._registry.pop(f, None)
        finally:
            finalize._shutdown = True
            if enabled:
                gc.enable()

    def __call__(self, _=None):
        """Run the callback now, unless it has already run or was detached;
        return its result (None if it did not run)."""
        info = self._registry.pop(self, None)
        # After the exit functions ran, the program is being torn down:
        # finalizers left (atexit false) are dropped, as in CPython.
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister without running: `(obj, func, args, kwargs)`, or None
        if the finalizer is dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """`(obj, func, args, kwargs)` without unregistering, or None if the
        finalizer is dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has neither run nor been detached."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether it runs at exit if still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))
