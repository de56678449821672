for s, base in [("12a", 10), ("", 10), ("0x", 16), ("9", 8), ("1.5", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
print(int(3.99), int(-3.99), int(True), int("  -7\n"))
