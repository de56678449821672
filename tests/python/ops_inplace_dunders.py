# Augmented assignment: __iadd__ and friends, falling back to binary ops.
class Acc:
    def __init__(self, items): self.items = list(items)
    def __iadd__(self, o):
        print("iadd", o)
        self.items.extend(o)
        return self
    def __add__(self, o):
        print("add", o)
        return Acc(self.items + list(o))
    def __repr__(self): return "Acc(%r)" % (self.items,)
a = Acc([1])
alias = a
a += [2]
print(a, alias, a is alias)
a = a + [3]
print(a, alias, a is alias)
class OnlyAdd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return OnlyAdd(self.n + o)
    def __mul__(self, o): return OnlyAdd(self.n * o)
    def __repr__(self): return "OnlyAdd(%d)" % self.n
x = OnlyAdd(1)
y = x
x += 5
x *= 3
print(x, y, x is y)
class Weird:
    def __iadd__(self, o): return "replaced"
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub fallback"
w = Weird()
w += 1
print(w)
w = Weird()
w -= 1
print(w)
l = [1, 2]
l2 = l
l += (3, 4)
print(l, l2 is l)
try:
    l = l + (5,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 1.5
f /= 0.5; print(f)
f -= 1; print(f)
d = {"k": [1]}
d["k"] += [2]
print(d)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tl)
