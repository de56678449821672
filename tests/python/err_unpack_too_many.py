# Uncaught unpacking error inside a loop.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra"), ("d", 4)]
for key, value in pairs:
    print(key, value)
