# Float loops: float add, mul, div, compare in tight loops (Simpson's rule,
# Newton iterations, an escape-time grid).
N = 1300000
GRID = 280


def f(x):
    return x * x / (1.0 + x) + 0.5 * x


steps = N
a, b = 0.0, 3.0
h = (b - a) / steps
s = f(a) + f(b)
i = 1
while i < steps:
    x = a + i * h
    if i % 2:
        s += 4.0 * f(x)
    else:
        s += 2.0 * f(x)
    i += 1
simpson = s * h / 3.0

roots = 0.0
for k in range(1, N // 10):
    v = k * 0.37
    r = v if v > 1.0 else 1.0
    for _ in range(6):
        r = 0.5 * (r + v / r)
    roots += r

size = GRID
inside = 0
iters = 0
for py in range(size):
    ci = -1.2 + 2.4 * py / size
    for px in range(size):
        cr = -2.0 + 2.6 * px / size
        zr = zi = 0.0
        n = 0
        while n < 50 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            n += 1
        iters += n
        if n == 50:
            inside += 1

print(f"simpson {simpson:.9f}")
print(f"roots {roots:.6f}")
print("mandel", inside, iters)
