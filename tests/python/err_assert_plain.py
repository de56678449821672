# A bare failing assert: the last line is just AssertionError.
def mean(xs):
    assert xs
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([]))
