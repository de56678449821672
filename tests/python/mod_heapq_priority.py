import heapq, itertools
pq = []; counter = itertools.count(); entries = {}
REMOVED = '<removed>'
def add(task, pri=0):
    if task in entries: remove(task)
    e = [pri, next(counter), task]; entries[task] = e; heapq.heappush(pq, e)
def remove(task):
    e = entries.pop(task); e[-1] = REMOVED
def pop():
    while pq:
        pri, c, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entries[task]; return task
    raise KeyError('pop from an empty priority queue')
for t, p in [('write', 5), ('read', 1), ('sleep', 3), ('eat', 1)]: add(t, p)
add('sleep', 0); remove('write')
print([pop() for _ in range(3)])
try: pop()
except KeyError as e: print(e)
def heapsort(it):
    h = []
    for v in it: heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]), heapsort('heapq'), heapsort([(2, 'b'), (1, 'z'), (2, 'a')]))
print(heapq.nlargest(3, {'a': 5, 'b': 2, 'c': 9}.items(), key=lambda kv: kv[1]), heapq.nsmallest(1, []), heapq.nsmallest(2, [3, 1, 2], key=lambda x: -x))
h = [5, 1]; heapq._heapify_max(h) if hasattr(heapq, '_heapify_max') else h.sort(reverse=True); print(h)
