graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
def topo():
    order, visited = [], set()
    def visit(n):
        if n in visited:
            return
        visited.add(n)
        for m in graph[n]:
            visit(m)
        order.append(n)
    for n in graph:
        visit(n)
    return order[::-1]
print(bfs("a", "f"), dfs("a"), topo())
