"""Shallow and deep copies, as CPython's copy module: __copy__,
__deepcopy__(memo), __reduce_ex__/__reduce__ reconstruction, __getstate__/
__setstate__, instance dicts and __slots__, and the memo that keeps shared
and recursive structure.

weft has no copyreg: an object without its own reduction is copied the
way object.__reduce_ex__(4) would have it copied (a new instance of the
class, its dict and slot state, and for list and dict subclasses their
items)."""


class Error(Exception):
    pass


error = Error

dispatch_table = {}


def _function():
    pass


_ATOMIC = frozenset((type(None), int, float, bool, complex, str, bytes, tuple, frozenset,
                     type, range, type(Ellipsis), type(NotImplemented), type(_function),
                     type(len), property, slice))
# Only these are atomic for deepcopy (tuples and frozensets hold things).
_DEEP_ATOMIC = frozenset((type(None), int, float, bool, complex, str, bytes, type, range,
                          type(Ellipsis), type(NotImplemented), type(_function), type(len),
                          property))


def _own_reduction(cls):
    # A __reduce_ex__ or __reduce__ defined below object in the MRO.
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if "__reduce_ex__" in d:
            return "__reduce_ex__"
        if "__reduce__" in d:
            return "__reduce__"
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _default_reduce(x, cls):
    """What object.__reduce_ex__(4) returns, for weft's objects."""
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and "__getstate__" in _defining_dicts(cls):
        state = getstate()
    else:
        if (cls is not object and not hasattr(x, "__dict__")
                and not any("__slots__" in klass.__dict__ for klass in cls.__mro__)):
            # A built-in type's object whose state lives in Rust (a lock):
            # nothing to rebuild it from, as CPython refuses it.
            module = cls.__module__
            name = cls.__qualname__ if module == "builtins" else "%s.%s" % (module, cls.__qualname__)
            raise TypeError("cannot pickle %r object" % name)
        d = getattr(x, "__dict__", None)
        state = dict(d) if d else None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,), state, listitems, dictitems)


def _defining_dicts(cls):
    names = set()
    for klass in cls.__mro__[:-1]:
        names.update(klass.__dict__)
    return names


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    which = _own_reduction(cls)
    if which == "__reduce_ex__":
        return x.__reduce_ex__(4)
    if which == "__reduce__":
        return x.__reduce__()
    if isinstance(x, (list, dict, set)) and cls not in (list, dict, set):
        pass
    return _default_reduce(x, cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _DEEP_ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple of the same objects is the tuple itself.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If y is x, it is atomic: no need to memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep x alive while the memo is, so its id is not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__") and "__setstate__" in _defining_dicts(type(y)):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _function
