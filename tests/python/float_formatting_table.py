values = [0.0, 1.0, -2.5, 3.14159265, 1e-7, 12345678.9, 1e22, float("inf"), float("nan")]
for v in values:
    print(f"{v!r:>14} {v:>12.3f} {v:>12.3e} {v:>10g} {v:>8.2%}" if v == v and abs(v) != float("inf") else f"{v!r:>14} {v:>12} {v:e}")
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(0.285, 2), round(1.005, 2))
print(1 / 3, 2 / 3, 10 / 3, 1e-4, 1e-5, 0.1 * 3, 1.1 + 2.2, 3.3 * 3)
