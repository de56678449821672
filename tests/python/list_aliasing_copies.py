# Aliasing, shallow copies and nested list mutation.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 99
a[1].append(4)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1], c == d == e)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    lst.append("n")
    return lst
orig = [1]
r = mutate(orig)
print(orig, r)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []), default_trap(4))
rows = []
row = []
for i in range(3):
    row.append(i)
    rows.append(row)
print(rows)
rows = []
for i in range(3):
    row = row + [i]
    rows.append(row)
print(rows)
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(x, y)
nested = [[1, 2], [3, 4]]
flat_copy = [r[:] for r in nested]
flat_copy[0][0] = "X"
print(nested, flat_copy)
s = [0, 1, 2, 3, 4, 5]
t = s
s[:] = [9, 8]
print(t, s is t)
s[len(s):] = [7]
s[:0] = [-1]
print(s)
m = [[]] * 2
m[0].append(1)
m[1] = [2]
print(m)
