# Format spec mini-language applied to tables of numbers.
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, -7.125), ("delta", 4444, 1e6)]
print("{:<8}|{:>6}|{:>12}".format("name", "int", "float"))
print("-" * 28)
for name, i, f in rows:
    print("{:<8}|{:>6d}|{:>12.3f}".format(name, i, f))
for spec in ["", "10", "<10", "^10", ">10", "*^10", "010", "+", "-", " ", ",", "_", "#b", "#o", "#x", "08b", "c"]:
    try:
        print(repr(spec), "[" + format(65, spec) + "]")
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["", ".2f", "10.4f", "e", ".3e", "g", ".2g", "%", ".1%", "+.2f", "010.2f", ",.2f", "F", ".0f", "#.0f", "E", "G"]:
    print(repr(spec), "[" + format(12345.6789, spec) + "]", "[" + format(-0.000123456, spec) + "]")
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, "10.2e"), format(v, "^+8"), format(v, "%"), format(v, "F"))
for spec in ["s", ">10s", "<3", ".2", "^9.4", "x<6"]:
    print(repr(spec), "[" + format("python", spec) + "]")
for bad in [("abc", "d"), (1.5, "d"), (10, "s"), ("x", "+"), (1, ".2s"), (3, ",x"), (2, "=s")]:
    try:
        format(*bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(format(10 ** 20, ","), format(-1234567, "_d"), format(0xDEADBEEF, "_x"), format(1234.5, "=+12,.1f"))
