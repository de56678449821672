# __getitem__/__setitem__/__delitem__ with ints, slices and tuple keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if isinstance(x, slice):
                return [self.cells.get((i, y), ".") for i in range(*x.indices(self.w))]
            return self.cells.get((x, y), ".")
        raise TypeError("grid keys are (x, y) pairs, not %s" % type(key).__name__)
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key): return key in self.cells
    def __len__(self): return len(self.cells)
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[1, 1] = "@"
g[3, 2] = "$"
print(g.render())
print(g[1, 1], g[2, 2], g[0:4, 1], g[::2, 0], len(g), (1, 1) in g)
del g[1, 1]
print(len(g), (1, 1) in g)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)
try:
    g[5]
except TypeError as e:
    print(type(e).__name__, e)
class Log:
    def __getitem__(self, k): print("get", k); return 0
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
lg = Log()
lg[1] += 5
lg[1:2] = [9]
del lg[::2]
lg["a", "b"] = lg[...]
x = lg[0], lg[-1]
class ReadOnly:
    def __getitem__(self, k): return k
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoItems: pass
try:
    NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
dl = DefaultList([1, 2])
print(dl[0], dl[5], dl[1:], len(dl))
