import heapq, bisect, operator, copy, contextlib, string
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], h[0], heapq.nlargest(2, [4, 1, 7]), heapq.nsmallest(2, [4, 1, 7]))
data = [9, 4, 7, 1]; heapq.heapify(data); print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 8)); bisect.insort(a, 4); print(a)
print(operator.add(2, 3), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.mul(4, 5))
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), operator.methodcaller("upper")("hi"), operator.neg(5), operator.abs(-2))
nested = [[1, 2], {"k": [3]}]
sh, dp = copy.copy(nested), copy.deepcopy(nested)
nested[0].append(99)
print(sh[0], dp[0], sh is not nested, dp[1] == {"k": [3]})
class P:
    def __init__(self): self.items = [1]
p = P(); q = copy.deepcopy(p); q.items.append(2); print(p.items, q.items)
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
try:
    with tag("e"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with contextlib.ExitStack() as stack:
    stack.callback(print, "exit callback")
    print(stack.enter_context(contextlib.nullcontext(5)))
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello big world"), len(string.punctuation))
