def solutions(n):
    out = []
    def place(row, cols):
        if row == n:
            out.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return out
s = solutions(6)
print(len(s), s[0])
for row in s[0]:
    print("".join("Q" if i == row else "." for i in range(6)))
print([len(solutions(n)) for n in range(1, 8)])
