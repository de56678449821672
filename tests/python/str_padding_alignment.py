# center/ljust/rjust/zfill/expandtabs.
for s in ["a", "ab", "abc", "abcd", ""]:
    print("[%s] [%s] [%s] [%s]" % (s.center(6), s.ljust(5, "*"), s.rjust(5, "."), s.center(5, "=")))
for s in ["42", "-42", "+42", "3.14", "-", "abc", "", "0042", "-0"]:
    print(s.zfill(6), s.zfill(1))
print("x".center(4, "ab") if False else "ok")
try:
    "x".center(4, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("4")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12345\t6\n\tx".expandtabs(3)))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
print("é".center(5, "·"), "日本".rjust(4, "-"), len("日本".ljust(6)))
print("abc".center(-1), "abc".ljust(2), "abc".zfill(-5))
print("|" + "title".center(20, "~") + "|")
print("x".rjust(3, "0"), "-5".rjust(4, "0"), "-5".zfill(4))
