# Raising an exception class without arguments: last line is just the name.
def check(items):
    for i in items:
        print("checking", i)
        if i < 0:
            raise ValueError
check([1, 2, -3, 4])
