# x[a:b], x[a:b:c] and their stores: lists, tuples, strs and bytes are
# sliced without a slice object; everything else still sees slice(a, b, c).
from collections import deque

lst = list(range(10))
tup = tuple(lst)
s = "abcdefghij"
b = b"abcdefghij"
for lo, hi in [(None, None), (2, 5), (-3, None), (None, -7), (5, 2), (-100, 100),
               (10**30, None), (None, -10**30), (True, False), (False, True)]:
    print(lo, hi, lst[lo:hi], tup[lo:hi], s[lo:hi], b[lo:hi])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(lst[Idx(1):Idx(4)], s[Idx(-2):], tup[:Idx(2)])
for bad in [1.5, "1", [1]]:
    for seq in (lst, tup, s, b):
        try:
            seq[bad:3]
        except TypeError as e:
            print(type(seq).__name__, "TypeError:", e)
        try:
            seq[1:bad]
        except TypeError as e:
            print(type(seq).__name__, "TypeError:", e)


class Seq:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)


q = Seq()
print(q[1:2], q[:], q[::2], q["a":None])
q[3:4] = "v"
q[:] = []
print(bytearray(b"xyz")[1:], range(10)[2:8], range(10)[-3:])
for obj in ({"a": 1}, deque([1, 2, 3]), 5, None):
    try:
        obj[0:1]
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)

# Stores.
a = list(range(8))
a[2:5] = "xy"
print(a)
a[:0] = (9, 9)
print(a)
a[-2:] = []
print(a)
a[10:20] = [7]
print(a)
a[1:3] = a
print(a)
b2 = list(range(4))
b2[Idx(1):Idx(3)] = iter([5, 6, 7])
print(b2)
for value in (5, None):
    try:
        b2[0:1] = value
    except TypeError as e:
        print("TypeError:", e)
try:
    b2[1.0:2] = [1]
except TypeError as e:
    print("TypeError:", e)
for obj in ((1, 2), "ab", b"ab"):
    try:
        obj[0:1] = [1]
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
ba = bytearray(b"hello")
ba[1:3] = b"EE"
print(ba)
d = deque([1, 2])
try:
    d[0:1] = [5]
except TypeError as e:
    print("deque TypeError:", e)

# Evaluation order: value, then object, then bounds.
log = []


def t(name, v):
    log.append(name)
    return v


t("obj", lst)[t("lo", 1):t("hi", 3)] = t("value", [0])
print(log, lst)
print(t("o", s)[t("l", 0):t("h", 2)], log[-3:])


class Sub(list):
    def __getitem__(self, key):
        return ("sub", key)


print(Sub([1, 2, 3])[0:2], Sub([1, 2, 3])[:])

# With a step: the same, three parts.
for lo, hi, st in [(None, None, -1), (7, 2, -2), (None, None, 3), (-1, -8, -3), (1, 100, 10**20), (None, 3, True)]:
    print(lo, hi, st, lst[lo:hi:st], tup[lo:hi:st], s[lo:hi:st], b[lo:hi:st])
for seq in (lst, tup, s, b):
    try:
        seq[::0]
    except ValueError as e:
        print(type(seq).__name__, "ValueError:", e)
    try:
        seq[::1.0]
    except TypeError as e:
        print(type(seq).__name__, "TypeError:", e)
print(q[1:2:3], q[::-1], range(10)[::-2], bytearray(b"abc")[::-1])
c = list(range(10))
c[::2] = "abcde"
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
c[1:3:1] = [7, 7, 7]
print(c)
for value, part in (([1, 2], slice(None, None, 2)), (5, slice(None, None, 2)), (5, slice(None, None, 1))):
    try:
        c[part.start:part.stop:part.step] = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
q[::5] = 1
perm = [3, 1, 2, 0]
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
