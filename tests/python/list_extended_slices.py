# Extended slice reads, writes and deletes on lists.
l = list(range(10))
print(l[::2], l[1::2], l[::-2], l[8:2:-2], l[-3:], l[:-7:-1], l[5:5], l[7:3])
l[::3] = ["a", "b", "c", "d"]
print(l)
try:
    l[::3] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
l[2:4] = []
print(l)
l[1:1] = ["x", "y", "z"]
print(l)
l[-2:] = range(3)
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
del l[:]
print(l, len(l))
m = list("abcdefgh")
m[1:7:2] = "XYZ"
print(m)
m[::-1] = m
print(m)
m[2:6] = "!"
print(m)
try:
    m[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
n = [1, 2, 3, 4, 5]
n[10:20] = [6]
n[-100:-99] = [0]
print(n)
print(n[100:], n[-100:2], n[2:-100], n[::100], n[-1:-100:-3])
t = tuple(range(8))
print(t[::3], t[-1::-4], "abcdefg"[1::2], "abcdefg"[::-3])
sl = slice(1, None, 2)
print(n[sl], "python"[sl], sl.start, sl.stop, sl.step)
r = list(range(20))
del r[::4]
print(r)
del r[-1::-3]
print(r)
