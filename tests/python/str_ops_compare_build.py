# String concatenation, repetition, comparison, immutability and building.
a = "abc"
b = a
a += "d"
print(a, b, a is b)
print("ab" * 0, "ab" * -2, 3 * "xy", "a" + "b" * 2)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" == "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max(["aa", "b", "ab"]), min("hello"), sorted("hello"))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
r = ""
for ch in "hello":
    r = ch + r
print(r, r[::-1] == "hello")
print(str(123) + str(4.5) + str(None) + str(True) + str([1, "a"]) + str((1,)))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"))
print(str(), str(""), str("x"), repr(str()), len(str(10 ** 30)))
print("x" "y" 'z', """tri
ple""", r"raw\n", len(r"\n"), b"by" b"tes")
print("%s|%5s|%-5s|" % ("a", "b", "c"), "{}{}".format(1, 2))
print("a\
b")
print(ord(min("zebra")), chr(ord("a") + 25), "".join(chr(c) for c in range(65, 71)))
print("hello world".title().swapcase(), "hello"[1:-1], "hello"[-1:1:-1])
