# The error surfaces only when the lazy map is consumed.
divisors = [4, 2, 1, 0, 5]
ratios = map(lambda d: 100 % d, divisors)
print("map created")
for r in ratios:
    print("ratio", r)
