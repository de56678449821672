# Breadth-first search with collections.deque over a generated graph: a
# grid with pseudo-random walls plus long-range edges from a linear
# congruential generator; BFS from several sources (append, popleft,
# membership in a distance list), counting reachable nodes and eccentricity.
from collections import deque

W = 500
H = 500
SOURCES = 6


def build(w, h):
    n = w * h
    seed = 12345
    wall = bytearray(n)
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        if seed % 100 < 22:
            wall[i] = 1
    adj = [[] for _ in range(n)]
    for y in range(h):
        for x in range(w):
            i = y * w + x
            if wall[i]:
                continue
            if x + 1 < w and not wall[i + 1]:
                adj[i].append(i + 1)
                adj[i + 1].append(i)
            if y + 1 < h and not wall[i + w]:
                adj[i].append(i + w)
                adj[i + w].append(i)
    for _ in range(n // 50):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        a = seed % n
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        b = seed % n
        if not wall[a] and not wall[b]:
            adj[a].append(b)
            adj[b].append(a)
    return wall, adj


def bfs(adj, start):
    dist = [-1] * len(adj)
    dist[start] = 0
    queue = deque([start])
    popleft = queue.popleft
    append = queue.append
    reached = 1
    far = 0
    while queue:
        u = popleft()
        du = dist[u] + 1
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = du
                reached += 1
                if du > far:
                    far = du
                append(v)
    return reached, far, sum(d for d in dist if d > 0)


wall, adj = build(W, H)
print("open cells", W * H - sum(wall))
step = (W * H) // SOURCES
for s in range(SOURCES):
    start = s * step
    while wall[start]:
        start += 1
    print("from", start, bfs(adj, start))
d = deque(range(10), maxlen=6)
d.rotate(2)
d.extendleft([100, 200])
print("deque ops", list(d), d.maxlen)
