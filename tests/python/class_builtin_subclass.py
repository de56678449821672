class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, len(l), type(l).__name__, isinstance(l, list))
l += [7]
print(l, type(l).__name__, l[0], l[-1], l[1:], 5 in l, 10 in l)
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
m = Missing(x=1)
print(m["x"], m["y"], m.get("y"), "y" in m, len(m), m)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u), u.lower(), repr(u), {u: 1}, u == "HELLO", hash(u) == hash("HELLO"))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__, type(Pos(3) + 1).__name__, Pos(3) * 2, -Pos(3), Pos(3) < 4)
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__)
a, b = p
print(a, b, list(p), sorted(Pt(5, 1)))
class IntSub(int): pass
class FloatSub(float): pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__, float(FloatSub(1.5)), type(float(FloatSub(1.5))).__name__)
print(IntSub(7), repr(IntSub(7)), f"{IntSub(7):>4}", bool(IntSub(0)), IntSub(7) == 7)
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
dl = DefaultList([1, 2])
print(dl[0], dl[5], dl[1:], len(dl))
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, x): self.append(x)
s = Stack("s"); s.push(1); s.push(2)
print(s, s.name, s.pop(), s)
class S(set): pass
print(sorted(S([3,1,2])), len(S([1])), S([1]) | {2})
class Str(str):
    def upper(self): return "<" + super().upper() + ">"
print(Str("abc").upper(), super(Str, Str("x")).upper())
print(",".join([Upper("a"), "b"]))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = D(); d["a"] = 1; print(d, dict(d), list(d.items()))
try:
    class Bad(bool): pass
except TypeError as e: print(e)
try:
    class Bad2(list, dict): pass
except TypeError as e: print(e)
class Named(tuple):
    __slots__ = ()
    def __repr__(self): return "Named" + super().__repr__()
print(Named((1, 2)), str(Named((3,))), [Named((4,))])
class Counter2(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1
c = Counter2("abca")
print(c, sorted(c.items()), c == {"a": 2, "b": 1, "c": 1}, isinstance(c, dict))
class Cyc(list): pass
x = Cyc(); x.append(x); print(x, len(x))
class Key(str):
    def __hash__(self): return 7
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower())
print({Key("A"): 1}[Key("a")], hash(Key("q")))
print(IntSub(3) + IntSub(4), type(IntSub(3) + IntSub(4)).__name__, divmod(IntSub(7), 2), IntSub(2) ** 10)
print(list.append, L.__mro__[1].__name__, L.__bases__[0] is list)
try:
    str.__new__(int, "x")
except TypeError as e: print("TypeError")
