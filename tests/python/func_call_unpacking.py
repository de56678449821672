# Calls with *args and **kwargs unpacking, multiple unpackings, and errors.
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))
print(show(*[1, 2], *(3,), *"ab", 0))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(1, *range(2), x=1, **{"y": 2}))
print(show(*{}, **{}))
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2, 3]), three(1, *[2, 3]), three(*[1], 2, *[3]), three(**{"c": 3, "a": 1, "b": 2}), three(1, **{"c": 3, "b": 2}))
for bad in [lambda: three(*[1, 2]), lambda: three(*[1, 2, 3, 4]), lambda: three(1, **{"a": 1, "b": 2, "c": 3}),
            lambda: three(**{"a": 1, "b": 2, "d": 4}), lambda: show(**{1: 2}), lambda: show(*5), lambda: show(**[1]),
            lambda: show(**{"a": 1}, **{"a": 2}), lambda: show(a=1, **{"a": 2})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
print(show(*gen()), three(*gen(), 3))
class Mapping:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
print(show(**Mapping()))
print(max(*[3, 9, 2]), min(*"zay"), list(zip(*[(1, "a"), (2, "b")])))
args = (1, 2)
kwargs = {"sep": "|", "end": "!\n"}
print(*args, **kwargs)
def kwonly(*, x, y=2):
    return x - y
print(kwonly(**{"x": 10}), kwonly(y=1, **{"x": 5}))
def collect(first, *rest, **named):
    return first, rest, named
print(collect(*range(4), **dict(a=1)))
print(collect(*(i * i for i in range(3))))
