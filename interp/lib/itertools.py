"""Iterator building blocks (CPython's itertools). Each is a class, as in
CPython (type(), isinstance and repr show chain, islice...), whose
instance drives a generator: next() asks it, and iter() hands out the
generator itself, so a for loop runs it at a generator's speed (the one
difference from CPython: iter(x) is not x)."""


class _Iterator:
    __slots__ = ("_gen",)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


def _made(cls, gen):
    self = object.__new__(cls)
    self._gen = gen
    return self


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(type(v), "__add__") or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle(_Iterator):
    __slots__ = ()

    def __new__(cls, iterable):
        return _made(cls, _cycle(iter(iterable)))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]): the object, times times or forever."""

    def __init__(self, *args, **kwargs):
        if "object" in kwargs:
            args = (kwargs.pop("object"),) + args
        if "times" in kwargs:
            args = args + (kwargs.pop("times"),)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError("repeat() takes at most 2 arguments (%d given)" % len(args))
        self._obj = args[0]
        if len(args) == 2:
            times = args[1]
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._times = max(times, 0)
        else:
            self._times = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


class accumulate(_Iterator):
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        # The argument is made an iterator at once, as CPython does, so a
        # value that is not iterable fails at the call, not at next().
        return _made(cls, _accumulate(iter(iterable), func, initial))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


class chain(_Iterator):
    __slots__ = ()

    def __new__(cls, *iterables):
        return _made(cls, _chain_each(iterables))

    @classmethod
    def from_iterable(cls, iterables):
        return _made(cls, _chain_each(iter(iterables)))


def _chain_each(iterables):
    for it in iterables:
        yield from it


class compress(_Iterator):
    __slots__ = ()

    def __new__(cls, data, selectors):
        return _made(cls, (d for d, s in zip(data, selectors) if s))


class dropwhile(_Iterator):
    __slots__ = ()

    def __new__(cls, predicate, iterable):
        return _made(cls, _dropwhile(predicate, iter(iterable)))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


class takewhile(_Iterator):
    __slots__ = ()

    def __new__(cls, predicate, iterable):
        return _made(cls, _takewhile(predicate, iter(iterable)))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_Iterator):
    __slots__ = ()

    def __new__(cls, predicate, iterable):
        if predicate is None:
            predicate = bool
        return _made(cls, _filterfalse(predicate, iter(iterable)))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


class starmap(_Iterator):
    __slots__ = ()

    def __new__(cls, function, iterable):
        return _made(cls, _starmap(function, iter(iterable)))


def _starmap(function, iterable):
    for args in iterable:
        # tuple() gives the plain "not iterable" message for a bad item.
        yield function(*(args if type(args) is tuple else tuple(args)))


def _islice_index(v, message):
    if v is None:
        return None
    try:
        i = v.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if i < 0:
        raise ValueError(message)
    return i


class islice(_Iterator):
    __slots__ = ()

    def __new__(cls, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1) if args
                            else "islice expected at least 2 arguments, got 1")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        stop = _islice_index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = _islice_index(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is not None:
            try:
                step = step.__index__()
            except AttributeError:
                step = -1
            if step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
        return _made(cls, _islice(iter(iterable), start or 0, stop, step or 1))


def _islice(it, start, stop, step):
    # CPython's: consume up to start, then every step-th item before stop.
    if stop is not None and start >= stop:
        for _ in zip(range(stop), it):
            pass
        return
    nexti = start
    i = 0
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # Consume up to stop, as CPython does.
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


class zip_longest(_Iterator):
    __slots__ = ()

    def __new__(cls, *iterables, fillvalue=None):
        return _made(cls, _zip_longest([iter(it) for it in iterables], fillvalue))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


class product(_Iterator):
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        return _made(cls, _product([tuple(pool) for pool in iterables] * repeat))


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


class permutations(_Iterator):
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        if r is not None and r < 0:
            raise ValueError("r must be non-negative")
        return _made(cls, _permutations(pool, len(pool) if r is None else r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _iterable_r("combinations", args, kwargs)
        return _made(cls, _combinations(tuple(iterable), r))


def _iterable_r(name, args, kwargs):
    names = ("iterable", "r")
    values = list(args)
    for i, key in enumerate(names):
        if key in kwargs:
            if i < len(values):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, key, i + 1))
            values.append(kwargs.pop(key))
    if kwargs:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, next(iter(kwargs))))
    if len(values) > 2:
        raise TypeError("%s() takes at most 2 arguments (%d given)" % (name, len(values)))
    if len(values) < 2:
        raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[len(values)], len(values) + 1))
    iterable, r = values
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return iterable, r


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _iterable_r("combinations_with_replacement", args, kwargs)
        return _made(cls, _combinations_with_replacement(tuple(iterable), r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    """Consecutive keys and groups from the iterable; a group is invalid
    once the groupby advances past it (CPython's semantics)."""

    def __init__(self, iterable, key=None):
        self.keyfunc = key if key is not None else (lambda x: x)
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = _MARKER
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self.currkey is _MARKER or self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self._id))

    def _grouper(self, tgtkey, id_):
        while self._id is id_ and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


_MARKER = object()


class pairwise(_Iterator):
    __slots__ = ()

    def __new__(cls, iterable):
        return _made(cls, _pairwise(iter(iterable)))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class _TeeLink:
    __slots__ = ("value", "next")


class _tee:
    # One tee branch: a cursor into a shared linked list of fetched values.
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if not hasattr(link, "next"):
            link.value = next(self._it)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
