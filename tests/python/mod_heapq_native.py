import heapq, itertools, random
r = random.Random(5)
for n in (0, 1, 2, 7, 50, 200):
    data = [r.randrange(100) for _ in range(n)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    print(n, h[:12])
    h2 = data[:]
    heapq.heapify(h2)
    print(h2[:12])
    out = [heapq.heappop(h) for _ in range(len(h))]
    print(out == sorted(data))
    if h2:
        print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 3), heapq.heappushpop(h2, 1000), h2[:8])
print(heapq.heappushpop([], 5))
# tuples and stability of merge
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["a1", "b1"], ["a2", "b2"], key=lambda s: s[0])))
print(list(heapq.merge(["b1", "a1"], ["b2", "a2"], key=lambda s: s[0], reverse=True)))
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)), 7)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [3, 8, 1]), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(heapq.nsmallest(0, [1]), heapq.nlargest(-1, [1]))
for f in [lambda: heapq.heappush(None,1), lambda: heapq.heappop(None), lambda: heapq.heappush([]), lambda: heapq.heappop(), lambda: heapq.heappush(heap=[], item=1), lambda: heapq.heapify(5), lambda: heapq.heappop([]), lambda: heapq.heapreplace([],1), lambda: heapq.heappushpop(3,1), lambda: heapq.heapify([],1), lambda: heapq.heappush([1], "a")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)

class Evil:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
h = [1, 2, 3]
h.append(Evil(h)); h.append(Evil(h))
try:
    heapq.heapify(h)
except RuntimeError as e:
    print("RuntimeError", e)
