class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), [x for x in c if x > 1], max(c), sorted(c))
it = iter(c)
print(next(it), list(it), list(it))
class Gen:
    def __init__(self, data): self.data = data
    def __iter__(self):
        yield from self.data
        yield "end"
print(list(Gen([1, 2])), dict(zip(Gen("ab"), range(5))))
a, b, c2 = Countdown(3)
print(a, b, c2)
