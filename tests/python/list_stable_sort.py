records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 0, 1: 0}), sorted((2, 1)))
class P:
    def __init__(self, n): self.n = n
    def __lt__(self, other): return self.n < other.n
    def __repr__(self): return f"P({self.n})"
print(sorted([P(3), P(1), P(2)]), min(P(5), P(4)), max([P(1), P(9)]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
