"""`WeakSet`, and the hashable weak reference it and `WeakKeyDictionary`
key their dicts and sets with (Weft's native weak references are not
hashable: CPython's hash and compare as their referent)."""

from weakref import ref

__all__ = ["WeakSet"]


class _HashableRef:
    """A weak reference that hashes as its referent did and, while both are
    alive, compares equal when the referents do; a dead one equals only
    itself, so the container can still find it (by hash and identity) to
    remove it. `on_death(self)` is called when the referent dies."""

    __slots__ = ("_ref", "_hash", "__weakref__")

    def __init__(self, obj, on_death=None):
        self._hash = hash(obj)
        if on_death is None:
            self._ref = ref(obj)
        else:
            # Hold ourselves weakly from the callback: a strong hold would
            # make each entry a cycle only the collector frees.
            self_ref = ref(self)

            def referent_died(_, self_ref=self_ref, on_death=on_death):
                key = self_ref()
                if key is not None:
                    on_death(key)

            self._ref = ref(obj, referent_died)

    def __call__(self):
        return self._ref()

    def __hash__(self):
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, _HashableRef):
            return NotImplemented
        if self is other:
            return True
        mine = self._ref()
        theirs = other._ref()
        if mine is None or theirs is None:
            return False
        return mine == theirs

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq


def _dropper(container_ref):
    """The death callback that removes a key from `container_ref()`'s data."""

    def drop(key):
        container = container_ref()
        if container is not None:
            container.data.discard(key)

    return drop


class WeakSet:
    """A set that holds its items weakly: an item leaves when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._drop = _dropper(ref(self))
        if data is not None:
            self.update(data)

    def _ref(self, item):
        return _HashableRef(item, self._drop)

    def _live_items(self):
        # A snapshot: items that die while the caller iterates would
        # otherwise change the set under it.
        items = []
        for key in list(self.data):
            item = key()
            if item is not None:
                items.append(item)
        return items

    def __iter__(self):
        return iter(self._live_items())

    def __len__(self):
        return len(self._live_items())

    def __contains__(self, item):
        try:
            key = _HashableRef(item)
        except TypeError:
            return False
        return key in self.data

    def __repr__(self):
        return "%s({%s})" % (type(self).__name__, ", ".join(repr(item) for item in self._live_items()))

    def add(self, item):
        self.data.add(self._ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                key = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = key()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(_HashableRef(item))

    def discard(self, item):
        self.data.discard(_HashableRef(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in list(other):
                self.discard(item)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        others = list(other)
        for item in self._live_items():
            if item not in others:
                self.discard(item)
        return self

    def issubset(self, other):
        return all(item in other for item in self._live_items())

    __le__ = issubset

    def __lt__(self, other):
        return self.issubset(other) and len(self) < len(other)

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.issuperset(other) and len(self) > len(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
            return self
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)
        return self

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def isdisjoint(self, other):
        return not any(item in self for item in other)
