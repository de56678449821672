# Ranges past 64 bits and ranges too large to materialize.
big = range(10 ** 20)
print(big[5], big[-1], 10 ** 19 in big, big.index(10 ** 19), big.count(-1), big.stop)
for i in big:
    if i > 2:
        break
print(i, range(-10 ** 20, 0, 10 ** 19), len(range(-10 ** 20, 0, 10 ** 19)))
for label, thunk in [("list(range(10**20))", lambda: list(range(10 ** 20))), ("len", lambda: len(big)),
                     ("list(range(10**15))", lambda: list(range(10 ** 15)))]:
    try:
        thunk()
        print(label, "succeeded?")
    except (OverflowError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)
print(range(2 ** 64)[2 ** 63:][:3], hash(range(10 ** 20)) == hash(range(0, 10 ** 20, 1)), range(10 ** 20) == range(10 ** 20))
