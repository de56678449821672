# N-queens by backtracking (recursion, sets, lists).
N = 11
def solve(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)
    place(0)
    return count
print(solve(N))
