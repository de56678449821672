def step(cells):
    neighbors = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    neighbors[key] = neighbors.get(key, 0) + 1
    return {c for c, n in neighbors.items() if n == 3 or (n == 2 and c in cells)}
def show(cells, w=6, h=6):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for _ in range(4):
    glider = step(glider)
print(show(glider))
print(sorted(glider))
