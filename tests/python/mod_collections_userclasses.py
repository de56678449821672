# UserDict, UserList, UserString and Counter: behaviour, subclasses, errors.
import copy
from collections import UserDict, UserList, UserString, Counter, ChainMap
from collections.abc import MutableMapping, MutableSequence, Sequence

# UserDict
d = UserDict({"a": 1}, b=2)
print(d, len(d), d["a"], "b" in d, list(d), d.data, isinstance(d, MutableMapping))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
d["c"] = 3; del d["a"]; print(d, d.get("c"), d.get("q", 0))
print(d | {"x": 1}, {"x": 1} | d, d | UserDict(y=2), type(d | {}).__name__)
try:
    d | [1]
except TypeError as e:
    print("TypeError", e)
d |= {"z": 26}; d |= UserDict(w=0); print(d)
d |= [("p", 1)]; print(d)
print(UserDict.fromkeys("ab", 0), UserDict(dict=5), UserDict(self=1))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], "zz" in m, m.get("zz"))
class Tagged(UserDict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = "t"
t = Tagged(a=1)
t2 = t.copy(); t3 = copy.copy(t)
print(type(t2).__name__, t2.tag, t2, t3.tag, t3, t2.data is t.data, t3.data is t.data)
t2["b"] = 2; print(t, t2)
print(d.pop("c"), d.setdefault("n", 7), d.popitem(), d == dict(d), d == UserDict(d))
u = UserDict(); u.update([(1, 2)], k=3); print(u)

# UserList
l = UserList([3, 1, 2])
print(l, len(l), l[0], l[1:], type(l[1:]).__name__, 2 in l, isinstance(l, MutableSequence))
print(l < [4], l <= UserList([3, 1, 2]), l == [3, 1, 2], l > UserList([3]), l >= [3, 1, 3], l != [1])
print(l + [9], [9] + l, l + (7,), (7,) + l, l + UserList([0]), type(l + [9]).__name__)
print(l * 2, 2 * l)
l += [4]; l += (5,); l += UserList([6]); print(l)
l *= 2; print(l)
l.append(0); l.insert(1, "x"); print(l.pop(), l.pop(1), l)
l.remove(6); print(l.count(1), l.index(4), l.index(1, 3))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(key=lambda v: -v, reverse=True); print(l)
l.extend(UserList([10])); l.extend(range(2)); print(l)
l[0] = 99; del l[1]; l[2:4] = ["s"]; print(l)
c = l.copy(); print(type(c).__name__, c == l, c is l, c.data is l.data)
l.clear(); print(l)
try:
    UserList().pop()
except IndexError as e:
    print("IndexError", e)
try:
    UserList([1]).index(5)
except ValueError as e:
    print("ValueError", e)
try:
    hash(UserList())
except TypeError as e:
    print("TypeError", e)
src = [1, 2]; ul = UserList(src); src.append(3); print(ul, UserList(UserList([5])), UserList("ab"), UserList(), UserList(x for x in range(3)))
class Ranked(UserList):
    pass
r = Ranked([1, 2, 3])
print(type(r[:2]).__name__, type(r + [1]).__name__, type(r * 2).__name__, type(copy.copy(r)).__name__)

# UserString
s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:]).__name__, "World" in s, UserString("lo") in s)
print(s + "!", "> " + s, s + UserString("?"), s + 5, 5 + s, s * 2, 2 * s)
print(s == "Hello World", s < "Z", s <= UserString("Hello World"), s > "A", s >= "Hello", s.__hash__() == hash("Hello World"))
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold(), type(s.upper()).__name__)
print(s.isalpha(), s.isalnum(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
print(s.center(15, "*"), s.ljust(13, "."), s.rjust(13), s.zfill(13), s.expandtabs(), s.strip("Hd"), s.lstrip("H"), s.rstrip("d"))
print(s.count("o"), s.count(UserString("l"), 3), s.find("o"), s.find(UserString("W")), s.rfind("o"), s.index("W"), s.rindex("l"))
print(s.split(), s.rsplit("o", 1), s.partition(" "), s.rpartition("o"), "a\nb".splitlines(), UserString("a\nb").splitlines(True))
print(s.startswith("He"), s.endswith(("x", "ld")), s.startswith("W", 6), s.replace("l", "L", 2), s.replace(UserString("World"), UserString("There")))
print(s.removeprefix("Hello "), s.removesuffix(UserString(" World")), s.encode(), s.encode(None, None), UserString("é").encode("latin-1"))
print(UserString("{} {x}").format(1, x=2), UserString("{a}").format_map({"a": 3}), UserString("-").join(["a", "b"]), UserString("abc").translate(str.maketrans("a", "z")))
print(UserString("%s-%d") % ("a", 1), "%s!" % UserString("q"), UserString.maketrans("a", "b") == str.maketrans("a", "b"))
print(int(UserString("42")), float(UserString("1.5")), complex(UserString("1+2j")), UserString(123), UserString(UserString("c")), UserString(["x"]))
print(s.__getnewargs__(), copy.copy(s), sorted([UserString("b"), UserString("a")]))
for f in (lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: int(UserString("x"))):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
class Shout(UserString):
    def __str__(self):
        return self.data.upper()
print(type(Shout("a") + "b").__name__, str(Shout("hi")), type(Shout("ab").center(5)).__name__, isinstance(s, Sequence))
print(UserString.upper.__name__, UserString.isalpha.__qualname__)

# Counter
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +b, -b)
print(a == Counter(a=3, b=1), a != b, Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1, b=0), Counter() >= Counter(x=-1))
print(Counter(a=1).__eq__({"a": 1}), Counter(a=1).__le__(5))
for f in (lambda: a < {"a": 1}, lambda: a + {"a": 1}, lambda: Counter.fromkeys("ab")):
    try:
        print(f())
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
x = Counter(a=2, b=-1); y = x
x += Counter(a=1, c=2); print(x, x is y)
x -= Counter(a=5, c=1); print(x, x is y)
x |= Counter(c=4, d=-2); print(x, x is y)
x &= Counter(c=2, e=9); print(x, x is y)
class Tally(Counter):
    pass
print(repr(Tally("aab")), repr(Tally()), type(Tally("a") + Tally("b")).__name__)

# ChainMap
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
print(list(cm), cm.get("b"), cm.get("z", "no"), "c" in cm, "z" in cm, cm.pop("a"), cm)
try:
    cm.pop("b")
except KeyError as e:
    print("KeyError", e)
