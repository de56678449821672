# __iter__/__next__, __getitem__ fallback iteration, __reversed__, __len__.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), [x for x in Countdown(2)])
class Squares:
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), sum(Squares()), list(zip(Squares(), "ab")))
it = iter(Squares())
print(next(it), next(it), type(it).__name__)
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __reversed__(self): return iter(["custom", "reversed"])
print(list(reversed(Rev([1, 2]))), list(Rev([1, 2])))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())), len(SeqOnly()))
class Bad:
    def __iter__(self): return 5
try:
    iter(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for obj in [5, None, Countdown]:
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)
class Pairs:
    def __init__(self, *items): self.items = items
    def __iter__(self):
        for i in range(0, len(self.items), 2):
            yield self.items[i:i + 2]
a, b = Pairs(1, 2, 3, 4)
print(a, b, dict(Pairs("k", "v", "x", "y")))
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(Len(4)), bool(Len(0)), bool(Len(2)))
for n in [-1, "3", 2 ** 70]:
    try:
        len(Len(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, list(it), list(it))
