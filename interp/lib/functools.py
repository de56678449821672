"""Higher-order functions (CPython's functools)."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    # Each attribute named in `updated` (a dict) takes the wrapped
    # object's entries; a missing one on the wrapped side counts as empty.
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_initial_missing = object()


def reduce(*args, **kwargs):
    # Positional only, with the argument-count messages of the C function.
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            # A partial of a plain partial is flattened, as CPython's.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + ["%s=%r" % kv for kv in self.keywords.items()]
        return "functools.partial(%s)" % ", ".join(parts)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")
    return K


def total_ordering(cls):
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__") if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    if "__lt__" in roots:
        cls.__gt__ = lambda self, other: (not self < other) and self != other
        cls.__le__ = lambda self, other: self < other or self == other
        cls.__ge__ = lambda self, other: not self < other
    elif "__gt__" in roots:
        cls.__lt__ = lambda self, other: (not self > other) and self != other
        cls.__ge__ = lambda self, other: self > other or self == other
        cls.__le__ = lambda self, other: not self > other
    elif "__le__" in roots:
        cls.__ge__ = lambda self, other: (not self <= other) or self == other
        cls.__lt__ = lambda self, other: self <= other and self != other
        cls.__gt__ = lambda self, other: not self <= other
    else:
        cls.__le__ = lambda self, other: (not self >= other) or self == other
        cls.__gt__ = lambda self, other: self >= other and self != other
        cls.__lt__ = lambda self, other: not self >= other
    return cls



class _CacheInfo(tuple):
    # collections.namedtuple("CacheInfo", ...) without importing collections.
    __slots__ = ()
    _fields = ("hits", "misses", "maxsize", "currsize")

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self


_CacheInfo.__name__ = _CacheInfo.__qualname__ = "CacheInfo"
_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    # CPython's key: the arguments, then the keyword items in call order.
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator. Thread-safe: the table and the
    statistics change under a lock, which is not held while the wrapped
    function runs (two threads may both compute a missing value)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    import _thread
    cache = {}  # insertion order is recency order: oldest first
    stats = [0, 0]  # hits, misses
    lock = _thread.allocate_lock()
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            with lock:
                stats[1] += 1
            return user_function(*args, **kwds)
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, missing)
                if result is not missing:
                    stats[0] += 1
                    if maxsize is not None:
                        # Most recently used: move to the end.
                        del cache[key]
                        cache[key] = result
                    return result
                stats[1] += 1
            result = user_function(*args, **kwds)
            with lock:
                if key in cache:
                    # Another call stored it meanwhile.
                    pass
                else:
                    cache[key] = result
                    if maxsize is not None and len(cache) > maxsize:
                        del cache[next(iter(cache))]
            return result

    def cache_info():
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names (%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


def _dispatch_order(cls, registry):
    # The classes to try for cls: its MRO, with each registered ABC that
    # cls satisfies without inheriting it placed after the last class of
    # the MRO that satisfies it too (more specific ABCs first).
    mro = list(cls.__mro__)
    abcs = [t for t in registry
            if isinstance(t, type) and t not in mro and issubclass(cls, t)]
    if not abcs:
        return mro
    after = {}
    for a in abcs:
        last = 0
        for i, k in enumerate(mro):
            if k is not object and issubclass(k, a):
                last = i
        after.setdefault(last, []).append(a)
    order = []
    for i, k in enumerate(mro):
        order.append(k)
        group = after.get(i)
        if group:
            # A subclass among the ABCs goes before its bases.
            group.sort(key=lambda a: -sum(1 for b in group if issubclass(a, b)))
            order.extend(group)
    return order


def _is_union(tp):
    return type(tp) is type(int | str)


def singledispatch(func):
    """A function dispatching on the class of its first argument
    (`@f.register(int)`, `@f.register` with an annotation, or
    `f.register(cls, func)`), along the MRO with registered ABCs."""
    registry = {object: func}

    def dispatch(cls):
        # Not cached: an ABC may gain virtual subclasses at any time.
        if cls in registry:
            return registry[cls]
        for klass in _dispatch_order(cls, registry):
            if klass in registry:
                return registry[klass]
        return func

    def valid_class(tp):
        return isinstance(tp, type) or (_is_union(tp) and all(isinstance(a, type) for a in tp.__args__))

    def register(cls, method=None):
        if valid_class(cls):
            if method is None:
                return lambda m: register(cls, m)
        else:
            if method is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class or union type." % (cls,))
            method = cls
            target = getattr(method, "__func__", method)
            annotations = getattr(target, "__annotations__", {})
            params = [(k, v) for k, v in annotations.items() if k != "return"]
            if not params:
                raise TypeError("Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                                "or plain `@register` on an annotated function." % (method,))
            argname, cls = params[0]
            if isinstance(cls, str):
                cls = eval(cls, getattr(target, "__globals__", {}))
            if not valid_class(cls):
                if _is_union(cls):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are classes." % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        for tp in (cls.__args__ if _is_union(cls) else (cls,)):
            registry[tp] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % getattr(func, "__name__", "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = lambda: None
    update_wrapper(wrapper, func)
    return wrapper


class partialmethod:
    """A partial for methods: binds like the function it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        format_string = "{module}.{cls}({func}, {args}, {keywords})"
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


class singledispatchmethod:
    """A method dispatching on the class of its first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call that re-enters for the same
    object in the same thread returns `fillvalue` instead of recursing."""
    import _thread

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            key = (id(self), _thread.get_ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for attr in ("__module__", "__doc__", "__name__", "__qualname__", "__annotations__"):
            try:
                setattr(wrapper, attr, getattr(user_function, attr))
            except AttributeError:
                pass
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function
