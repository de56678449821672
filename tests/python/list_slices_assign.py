a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[:-7], a[5:2], a[100:])
a[2:5] = ["x", "y"]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
a[:] = [1, 2, 3]; print(a)
a[1:1] = [9, 9]; print(a)
b = a; b += [4]; print(a, a is b)
c = a * 2; print(c, [[0] * 2 for _ in range(2)])
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
