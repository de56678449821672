# N-queens: count all placements of N non-attacking queens by backtracking
# recursion with sets (add, remove, membership) for the attacked columns and
# diagonals, and list the first solution found.
N = 12


def solve(n):
    cols = set()
    diag_down = set()
    diag_up = set()
    placed = []
    found = []

    def place(row):
        if row == n:
            if not found:
                found.append(placed[:])
            return 1
        total = 0
        for col in range(n):
            if col in cols or row - col in diag_down or row + col in diag_up:
                continue
            cols.add(col)
            diag_down.add(row - col)
            diag_up.add(row + col)
            placed.append(col)
            total += place(row + 1)
            placed.pop()
            cols.remove(col)
            diag_down.remove(row - col)
            diag_up.remove(row + col)
        return total

    return place(0), found[0]


def board(cols):
    return "/".join("".join("Q" if c == col else "." for c in range(len(cols))) for col in cols)


counts = []
for size in range(4, N + 1):
    count, first = solve(size)
    counts.append(count)
print("solutions", counts)
print("first", first)
print(board(first))
