# Int loops: while and for loops over small ints (add, mul, floor div, mod,
# shifts, xor, compares) with no calls in the inner loops.
N = 60000


total_steps = 0
longest = 0
longest_at = 0
i = 1
while i <= N:
    n = i
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n = n >> 1
        steps += 1
    total_steps += steps
    if steps > longest:
        longest = steps
        longest_at = i
    i += 1

gsum = 0
for a in range(1, N // 40):
    b = (a * 7919) % 10007 + 1
    x, y = a, b
    while y:
        x, y = y, x % y
    gsum += x

h = 2166136261
for k in range(N * 4):
    h = ((h ^ (k & 255)) * 16777619) % 4294967296
    h ^= h >> 13

print("collatz", total_steps, longest, longest_at)
print("gcd", gsum)
print("hash", h)
