# for/while with else, break, continue, nested loops and loop variables.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 10:
        break
else:
    print("while finished without break, i =", i)
for x in []:
    print("never")
else:
    print("else runs on empty loop")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found, "in row", row)
for i in range(3):
    pass
print("loop var after loop:", i)
for i in range(3):
    i = 100
print("reassigned inside:", i)
count = 0
while True:
    count += 1
    if count > 3:
        break
print("count", count)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
result = []
for a in range(4):
    if a == 1:
        continue
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        result.append((a, b))
print(result)
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
else:
    print("never reached because break")
for ch in "abc":
    if ch == "z":
        break
else:
    print("no z in abc")
total = 0
for x, y in zip(range(5), range(10, 0, -2)):
    total += x * y
print("dot", total)
if not []:
    pass
elif True:
    print("unreachable")
else:
    print("unreachable too")
print([v for v in range(10) if v % 3 == 0] or "empty")
