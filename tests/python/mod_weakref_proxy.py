# weakref.proxy: forwarding of attributes, operators, containers and calls;
# ReferenceError once the referent is gone; proxies are unhashable.
import weakref, gc


def hide_addresses(text):
    return " ".join("ADDR" if w.startswith("0x") else w for w in text.split(" "))


class Box:
    def __init__(self, items):
        self.items = list(items)
        self.label = "box"

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __add__(self, other):
        return Box(self.items + list(other))

    def __radd__(self, other):
        return Box(list(other) + self.items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items

    def __lt__(self, other):
        return len(self) < len(other)

    __hash__ = object.__hash__

    def __bool__(self):
        return bool(self.items)

    def __str__(self):
        return "Box%s" % self.items

    def total(self):
        return sum(self.items)


b = Box([1, 2, 3])
p = weakref.proxy(b)
print(type(p) is weakref.ProxyType, type(p) in weakref.ProxyTypes)
print(p.label, p.total(), len(p), list(p), 2 in p, 9 in p)
print(p[0], p[-1], p[1:])
p[0] = 10
del p[1]
print(b.items, str(p), bool(p))
p.color = "red"
print(b.color)
del p.color
print(hasattr(b, "color"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print((p + [4]).items, ([0] + p).items)
print(p == Box([10, 3]), p != Box([10, 3]), p == weakref.proxy(b), p < Box([1, 2, 3]))
q = p
q += [7]
print(b.items, q is b)
rep = repr(p)
print(hide_addresses(rep))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(b) >= 1)

# Numbers: operators and conversions see through proxies on either side.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return self.v
    def __neg__(self):
        return -self.v
    def __abs__(self):
        return abs(self.v)
    def __mul__(self, o):
        return self.v * (o.v if isinstance(o, Num) else o)
    def __rmul__(self, o):
        return o * self.v

n = Num(-4)
pn = weakref.proxy(n)
print(int(pn), float(pn), -pn, abs(pn), pn * 3, 3 * pn, pn * pn, [0, 1, 2, 3, 4, 5][pn])

# Callable proxies.
class Adder:
    def __call__(self, a, b=0):
        return a + b

add = Adder()
pa = weakref.proxy(add)
print(type(pa) is weakref.CallableProxyType, pa(1, b=2))
try:
    hash(pa)
except TypeError as e:
    print("TypeError:", e)

# Death: every use raises ReferenceError; the callback gets the proxy.
seen = []
c = Box([5])
pc = weakref.proxy(c, lambda prox: seen.append(type(prox) is weakref.ProxyType))
del c
gc.collect()
print("callback ran:", seen)
for name, use in [
    ("getattr", lambda: pc.items),
    ("setattr", lambda: setattr(pc, "x", 1)),
    ("len", lambda: len(pc)),
    ("iter", lambda: iter(pc)),
    ("bool", lambda: bool(pc)),
    ("str", lambda: str(pc)),
    ("in", lambda: 5 in pc),
    ("getitem", lambda: pc[0]),
    ("add", lambda: pc + [1]),
    ("eq", lambda: pc == 1),
]:
    try:
        use()
        print(name, "no error")
    except ReferenceError as e:
        print(name, "ReferenceError:", e)
del add
gc.collect()
try:
    pa(1)
except ReferenceError as e:
    print("call ReferenceError:", e)

for bad in (1, "s", None):
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print("TypeError:", e)

print(hide_addresses(repr(pc)))
try:
    weakref.ProxyType()
except TypeError as e:
    print("TypeError:", e)
