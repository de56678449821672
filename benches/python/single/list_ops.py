# List-heavy code: append, indexing and index assignment, pop, slicing,
# sort (plain and with a key), list comprehensions, reversed, min/max/sum.
N = 500000

seed = 42
data = []
for _ in range(N):
    seed = (seed * 69069 + 1) % 4294967296
    data.append(seed % 100000)

# prefix sums by index
prefix = [0] * (N + 1)
for i in range(N):
    prefix[i + 1] = prefix[i] + data[i]

# in-place moves by index
arr = data[:]
for i in range(1, N):
    j = arr[i] % i
    arr[i], arr[j] = arr[j], arr[i]

squares = [x * x % 1000 for x in data if x % 3]
pairs = [(x % 100, x) for x in data[:N // 2]]
pairs.sort(key=lambda p: p[0])
srt = sorted(data)
rev = list(reversed(srt))

stack = []
popped = 0
for x in data:
    if x % 4 == 0 and stack:
        popped += stack.pop()
    else:
        stack.append(x)

chunks = [sum(data[i:i + 100]) for i in range(0, N, 100)]
grid = [[(r * c) % 7 for c in range(100)] for r in range(100)]
for _ in range(20):
    grid = [row[1:] + row[:1] for row in grid[1:] + grid[:1]]

print("prefix", prefix[N] % 1000003, prefix[N // 2] % 1000003)
print("arr", arr[0], arr[N // 2], arr[-1], sum(arr[::1000]))
print("squares", len(squares), sum(squares))
print("pairs", pairs[0], pairs[-1], pairs[N // 4])
print("sorted", srt[0], srt[N // 2], rev[0], min(data), max(data))
print("stack", len(stack), popped)
print("chunks", max(chunks), min(chunks), sum(grid[3]), grid[5][:8])
