grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
b = a[:]
b[1].append(4); b[0] = 9
print(a, b)
d = {"k": [1]}
e = dict(d); e["k"].append(2); e["new"] = 1
print(d, e)
def mutate(lst): lst.append("x"); lst = ["rebound"]; return lst
orig = []
print(mutate(orig), orig)
t = ([1],)
t[0].extend([2])
print(t)
