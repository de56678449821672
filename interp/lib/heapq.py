"""Heap queues: a binary min-heap kept in a plain list (heap[k] <= heap[2k+1]
and heap[k] <= heap[2k+2]), so heap[0] is always the smallest item.

The five list operations are native (`_heapq`); `merge`, `nlargest` and
`nsmallest` are built on them here.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def merge(*iterables, key=None, reverse=False):
    """Merge already sorted iterables into one sorted iterator, lazily:
    only one item of each input is held at a time. Equal items come out in
    the order of the iterables that hold them (a stable merge)."""
    entries = []
    for number, iterable in enumerate(iterables):
        rest = iter(iterable)
        for first in rest:
            entries.append(_Entry(first, key, number, rest, reverse))
            break
    heapify(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry.item
        for following in entry.rest:
            entry.take(following)
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)
    if entries:
        yield entries[0].item
        yield from entries[0].rest


class _Entry:
    """One input of `merge`: its current item (and sort key) and the
    iterator of what follows. Entries order by key, then by input number,
    so items are only ever compared through their keys with `<`."""
    __slots__ = ("key_fn", "key", "item", "number", "rest", "reverse")

    def __init__(self, item, key_fn, number, rest, reverse):
        self.key_fn = key_fn
        self.number = number
        self.rest = rest
        self.reverse = reverse
        self.take(item)

    def take(self, item):
        self.item = item
        self.key = item if self.key_fn is None else self.key_fn(item)

    def __lt__(self, other):
        before, after = (other.key, self.key) if self.reverse else (self.key, other.key)
        if before < after:
            return True
        if after < before:
            return False
        return self.number < other.number


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        marker = object()
        smallest = min(it, default=marker, key=key)
        return [] if smallest is marker else [smallest]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first:
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        marker = object()
        largest = max(it, default=marker, key=key)
        return [] if largest is marker else [largest]
    return sorted(iterable, key=key, reverse=True)[:n]
