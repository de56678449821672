"""`WeakSet`: a set over weak references (which hash and compare as their
referents), as CPython's _weakrefset."""

from _weakref import ref

__all__ = ["WeakSet"]


class WeakSet:
    """A set that holds its items weakly: an item leaves when it dies."""

    def __init__(self, data=None):
        self.data = set()

        # Takes the set as a default argument, not a closure cell (see
        # weakref.py), and weakly, so the set is not kept by its items.
        def _remove(item_ref, set_ref=ref(self)):
            weak_set = set_ref()
            if weak_set is not None:
                weak_set.data.discard(item_ref)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _live_items(self):
        # A snapshot: items that die while the caller iterates would
        # otherwise change the set under it.
        items = []
        for item_ref in list(self.data):
            item = item_ref()
            if item is not None:
                items.append(item)
        return items

    def __iter__(self):
        return iter(self._live_items())

    def __len__(self):
        return len(self._live_items())

    def __contains__(self, item):
        try:
            item_ref = ref(item)
        except TypeError:
            return False
        return item_ref in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                item_ref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = item_ref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

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
        return self.data == set(ref(item) for item in other._live_items())

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
