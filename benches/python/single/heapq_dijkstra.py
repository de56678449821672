# Dijkstra's shortest paths with heapq (heappush/heappop of (dist, node)
# tuples, lazy deletion) over a generated weighted graph, from several
# sources; then heapq.nsmallest and heapq.merge over the results.
import heapq

N = 64000
DEGREE = 6
SOURCES = 4


def build(n, degree):
    seed = 2024
    adj = [[] for _ in range(n)]
    for u in range(n):
        # A ring keeps the graph connected.
        adj[u].append(((u + 1) % n, 7))
        for _ in range(degree - 1):
            seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            v = (seed >> 33) % n
            w = 1 + (seed >> 20) % 97
            adj[u].append((v, w))
    return adj


def dijkstra(adj, src):
    inf = float("inf")
    dist = [inf] * len(adj)
    dist[src] = 0
    heap = [(0, src)]
    push = heapq.heappush
    pop = heapq.heappop
    settled = 0
    while heap:
        d, u = pop(heap)
        if d > dist[u]:
            continue
        settled += 1
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                push(heap, (nd, v))
    return dist, settled


adj = build(N, DEGREE)
runs = []
for s in range(SOURCES):
    src = s * (N // SOURCES)
    dist, settled = dijkstra(adj, src)
    print("source", src, "settled", settled, "max", max(dist), "sum", sum(dist))
    runs.append(sorted(dist[:2000]))
print("nearest", heapq.nsmallest(5, ((d, i) for i, d in enumerate(dist) if d > 0)))
print("farthest", heapq.nlargest(3, dist))
merged = list(heapq.merge(*runs))
print("merged", len(merged), merged[:5], merged[-3:])
