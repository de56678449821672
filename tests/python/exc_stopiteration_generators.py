# StopIteration semantics: inside generators, next() defaults, return values.
def gen():
    yield 1
    raise StopIteration("inside")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def gen_next():
    it = iter([])
    yield next(it)
try:
    print(list(gen_next()))
except RuntimeError as e:
    print(type(e).__name__, e)
def returns():
    yield "x"
    return "result"
g = returns()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
class Manual:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(99)
        return self.i
print(list(Manual()), [x for x in Manual()], sum(Manual()))
m = Manual()
for _ in range(2):
    next(m)
try:
    next(m)
except StopIteration as e:
    print(e.value, e.args)
s = StopIteration(1, 2)
print(s.value, s.args, repr(s))
def stop_in_map(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(stop_in_map, [0, 1, 2, 3])))
def uses_map():
    yield from map(stop_in_map, [5, 2, 6])
print(list(uses_map()))
