data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
print(y, total)
