# CPython 3.11 limits int<->str conversion of decimal strings to 4300 digits.
ok = 10 ** 4299
print(len(str(ok)), str(ok)[:5], str(ok)[-5:])
too_big = 10 ** 4300
try:
    str(too_big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(too_big)
except ValueError as e:
    print("print:", type(e).__name__, e)
try:
    f"{too_big}"
except ValueError as e:
    print("f-string:", type(e).__name__, e)
try:
    repr(-too_big)
except ValueError as e:
    print("repr:", type(e).__name__, e)
try:
    int("7" * 4301)
except ValueError as e:
    print("parse:", type(e).__name__, e)
print(int("7" * 4300) % 1000, len(hex(too_big)), hex(2 ** 20000)[:6], len(bin(10 ** 5000)))
print(int("f" * 5000, 16).bit_length(), int("1" * 20000, 2).bit_count())
huge = 10 ** 100000
print(huge.bit_length(), huge % 97, (huge + 1) % 10, huge // 10 ** 99999, huge > 10 ** 99999)
print(len(str(huge // 10 ** 96000)), (huge - 1).bit_length())
big_neg = -(3 ** 20000)
print(big_neg % 1000, big_neg.bit_length(), -big_neg > 0)
try:
    "%d" % too_big
except ValueError as e:
    print("percent:", type(e).__name__, e)
try:
    format(too_big, ",")
except ValueError as e:
    print("format:", type(e).__name__, e)
print(format(too_big, "x")[:4], "%x" % (2 ** 100))
print(float(10 ** 300) == 1e300)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
