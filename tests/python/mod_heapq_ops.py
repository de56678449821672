import heapq, random
h = []
for x in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
l = [9, 4, 7, 1, 0, 3]; heapq.heapify(l); print(l, [heapq.heappop(l) for _ in range(len(l))])
print(heapq.nlargest(3, [1, 8, 3, 9, 4]), heapq.nsmallest(2, [5, 2, 8, 1]), heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge(['x', 'bb'], ['aaa'], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
tasks = []
for pri, name in [(2, 'write'), (1, 'read'), (3, 'exit'), (1, 'alpha')]: heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])
random.seed(3); data = [random.randint(0, 1000) for _ in range(200)]
hh = list(data); heapq.heapify(hh); print([heapq.heappop(hh) for _ in range(200)] == sorted(data))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(None, 1), lambda: heapq.heapify((1,))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([], 5))
