# Huge sizes: large strings and lists, and sizes that cannot be represented.
import sys
s = "x" * 10 ** 7
print(len(s), s[-1], s.count("x") == len(s))
s2 = s + "y"
print(len(s2), s2.find("y"), s2.endswith("xy"))
del s, s2
l = [0] * 10 ** 6
l[-1] = 1
print(len(l), sum(l), l.index(1))
b = b"ab" * 10 ** 6
print(len(b), b[:4], b.count(b"ab"))
for label, thunk in [("str * 10**20", lambda: "x" * 10 ** 20), ("list * 10**20", lambda: [0] * 10 ** 20),
                     ("bytes(10**20)", lambda: bytes(10 ** 20)), ("range len", lambda: len(range(10 ** 20))),
                     ("str * maxsize", lambda: "ab" * sys.maxsize), ("list * maxsize", lambda: [1, 2] * sys.maxsize),
                     ("tuple * maxsize", lambda: (1, 2) * sys.maxsize), ("'%*d' huge", lambda: "%*d" % (10 ** 20, 1)),
                     ("index 10**20", lambda: [1][10 ** 20]), ("chr 10**20", lambda: chr(10 ** 20))]:
    try:
        thunk()
        print(label, "succeeded?")
    except (OverflowError, MemoryError, IndexError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
print(sys.maxsize == 2 ** 63 - 1, "x" * 0, [] * 5, "ab" * -5)
for label, thunk in [("[] * 10**20", lambda: [] * 10 ** 20), ("str * -10**20", lambda: "ab" * -(10 ** 20))]:
    try:
        print(label, thunk())
    except OverflowError as e:
        print(label, "->", type(e).__name__, e)
big = list(range(200000))
big.reverse()
big.sort()
print(big[:3], big[-1], len(set(big)), len({i: i for i in range(100000)}))
print(len("".join(str(i % 10) for i in range(10 ** 6))))
