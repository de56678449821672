x = []
for _ in range(1000):
    x = [x]
depth = 0
while x:
    x = x[0]
    depth += 1
print(depth)
d = {}
cur = d
for i in range(500):
    cur['k'] = {}
    cur = cur['k']
print(len(str(d)))
