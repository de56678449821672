# list.sort / sorted: keys, reverse, stability, and errors.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
l = list(people)
l.sort(key=lambda p: p[0], reverse=True)
l.sort(key=lambda p: p[1])
print(l)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
print(nums.sort(), nums)
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted((3, 1, 2)), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.5, 1, 2.25, True, False]))
for bad in [[1, "a"], [(1, 2), (1, "x")], [None, 1], [{1}, {2}, {1, 2}]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=k), calls)
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print([d["n"] for d in sorted(data, key=lambda d: d["v"], reverse=True)])
m = [[3, 2, 1], [9, 8], [5]]
for row in m:
    row.sort()
m.sort(key=len)
print(m, sorted(m, key=sum), sorted(m, key=max, reverse=True))
print(sorted([], reverse=True), sorted([1]), sorted("ba", key=None))
