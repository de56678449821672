# Uncaught KeyError with a tuple key shows the tuple's repr.
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[2, 2], len(grid))
print(grid[("a", 1)])
