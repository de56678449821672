# Comprehension scopes; walrus binds in the enclosing function scope.
i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)
total = 0
vals = [total := total + v for v in [1, 2, 3, 4]]
print(vals, total)
def f():
    found = None
    if any((found := w).startswith("b") for w in ["apple", "banana", "berry"]):
        return found
print(f())
def g():
    data = [5, 3, 8]
    biggest = [m for x in data if (m := x * 2) > 6]
    return biggest, m
print(g())
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cd"]])
x = 100
gen = (x for _ in range(2))
print(list(gen))
print({k: [k * j for j in range(k)] for k in range(4)})
def h():
    n = 3
    return [n * k for k in range(n)]
print(h())
if (n := len("hello")) > 3:
    print("long", n)
while (chunk := [1, 2, 3][:n - 3]) and n > 3:
    print("chunk", chunk)
    n -= 1
print(n)
def nested_walrus():
    return [[(z := a + b) for b in range(2)] for a in range(2)], z
print(nested_walrus())
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print([(lambda v=v: v * 10)() for v in range(3)])
k = 5
print([k for k in range(2)], k)
try:
    exec("[j := 0 for j in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
