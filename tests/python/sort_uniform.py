# Sorting keys that are all ints, all floats or all strs compares them
# directly; mixes, subclasses, NaN, bools, big ints and key functions must
# sort exactly as the general path (stable, reverse stable).
import random
rng = random.Random(5)
ints = [rng.randrange(-50, 50) for _ in range(200)]
print(sorted(ints)[:20], sorted(ints, reverse=True)[:10])
pairs = [(rng.randrange(5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
floats = [rng.uniform(-5, 5) for _ in range(50)] + [0.0, -0.0, float("inf"), -float("inf")]
print(sorted(floats)[:8], sorted(floats, reverse=True)[:4])
print([repr(x) for x in sorted([0.0, -0.0, 0.0, -0.0])], [repr(x) for x in sorted([-0.0, 0.0], reverse=True)])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
strs = ["b", "a", "é", "Z", "", "ab", "a\x00", "😀", "ä", "aa"]
print(sorted(strs), sorted(strs, reverse=True), sorted(strs, key=len))
print(sorted([True, 2, False, 1, 0]), sorted([2**70, 5, -2**65, 3]), sorted([1, 2.5, 0, -1.5]))
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([S("ccc"), S("a"), S("bb")]))
class I(int):
    def __lt__(self, other):
        return int(self) > int(other)
print(sorted([I(1), I(3), I(2)]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=str.upper), sorted(words, key=lambda w: w[-1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
lst = [5, 3, 9, 1]
lst.sort(reverse=True)
print(lst)
