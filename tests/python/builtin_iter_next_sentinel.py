# iter(callable, sentinel), next() with default, iterator exhaustion.
data = [3, 1, 4, 1, 5, 9, 0, 2]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos)
class Lines:
    def __init__(self, lines): self.lines = list(lines)
    def readline(self): return self.lines.pop(0) if self.lines else ""
f = Lines(["a\n", "b\n", "c\n"])
print([l.strip() for l in iter(f.readline, "")])
counter = iter(range(100).__iter__().__next__, 5)
print(list(counter))
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
s = iter("ab")
print(type(s).__name__, list(s), type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__)
print(type(iter(())).__name__, type(iter({}.items())).__name__, type(iter(b"")).__name__)
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), list(di))
class CountTo:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            i += 1
            yield i
ct = CountTo(3)
print(list(ct), list(ct), [a * b for a in ct for b in ct][:4])
def first(iterable, default=None):
    return next(iter(iterable), default)
print(first([]), first("xyz"), first({}, "none"), first(x for x in range(5) if x > 2))
it = iter(range(10))
print(list(zip(it, it, it)), next(it, "leftover?"))
calls = []
def once():
    calls.append(1)
    return len(calls)
print(list(iter(once, 3)), calls)
