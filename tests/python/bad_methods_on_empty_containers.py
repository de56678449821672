# Every method of the empty built-in containers called with assorted arguments: each returns or raises, none crashes (an empty list had no array for reverse(), an empty bytearray no buffer for extend(b"")).
import itertools
empties = [lambda: [], lambda: bytearray(), lambda: {}, lambda: set(), lambda: (), lambda: "", lambda: b"", lambda: frozenset(), lambda: range(0)]
names = [n for n in dir(list) + dir(bytearray) + dir(dict) + dir(set) + dir(str) + dir(bytes) if not n.startswith("__") or n in ("__len__", "__iter__", "__reversed__", "__repr__", "__hash__", "__bool__", "__contains__", "__getitem__")]
count = 0
for make in empties:
    for name in sorted(set(names)):
        for args in [(), (0,), (1,), ([],), (0, 0), (None,), ("",), (b"",)]:
            obj = make()
            f = getattr(obj, name, None)
            if f is None:
                continue
            try:
                f(*args)
            except Exception:
                pass
            count += 1
print("ok", count > 100)
