# in / not in through __contains__, __iter__ and __getitem__ fallbacks; is.
class C1:
    def __contains__(self, x):
        print("contains", x)
        return x == 3
class C2:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
class C3:
    def __getitem__(self, i):
        if i > 4: raise IndexError(i)
        print("getitem", i)
        return i * 10
print(3 in C1(), 4 not in C1())
print(2 in C2(), 9 in C2())
print(20 in C3(), 25 in C3())
class C4:
    def __contains__(self, x): return [1]
print(1 in C4())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(1 in {1: 2}, 2 in {1: 2}, (1, 2) in {(1, 2): 0})
print(1 in [1.0], 1.0 in {1}, True in [1], None in [0, False])
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None), ... is Ellipsis)
x = object()
print(x in [x], x in (1, 2), [x] == [x])
n = float("nan")
print(n in [n], n in (n,), n == n)
print(b"ab" in b"cabd", 97 in b"abc", 256 in b"abc" if False else "skip")
try:
    256 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), -1 in range(5))
print(2 in iter([1, 2, 3]))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
