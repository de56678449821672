# hash() of ints, floats and tuples: the numeric hash invariants and exact values.
print(hash(0), hash(1), hash(-1), hash(-2), hash(100), hash(10 ** 18))
M = 2 ** 61 - 1
print(hash(M), hash(M + 1), hash(2 ** 61), hash(-M), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(1e100), hash(-0.0), hash(float("inf")))
print(hash(True), hash(False), hash(2) == hash(2.0), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((0.5, -1)), hash(((),)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis))
values = [0, 1, -1, 2 ** 61, 0.5, 1e300, (1, 2)]
print(all(hash(v) == hash(v) for v in values), type(hash(1.5)).__name__)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 64)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, -0.0, False}))
for bad in [[1], {1: 2}, {1}, (1, [2]), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
