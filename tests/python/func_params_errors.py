def f(a, b, /, c, *, d, e=5): return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, zz=1),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
def g(x, y=2): return x + y
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def h(a, b, c): pass
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
