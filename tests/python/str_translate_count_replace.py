# count, replace with count, translate/maketrans, removeprefix/suffix, strip chars.
s = "the cat sat on the mat with the hat"
print(s.count("the"), s.count("at"), s.count("at", 10), s.count("at", 10, 20), s.count(""), "aaaa".count("aa"))
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("", "-", 3), "aaa".replace("a", "b", 0))
print("abc".replace("", "|"), "xx".replace("x", ""), s.replace("zzz", "q") == s)
tbl = str.maketrans("aeiou", "AEIOU")
print(s.translate(tbl))
tbl2 = str.maketrans({"a": "4", "e": None, "t": "77"})
print(s.translate(tbl2))
tbl3 = str.maketrans("ab", "xy", "c")
print("abcabc".translate(tbl3), sorted(tbl3.items()))
print("hello".translate({104: "J", 111: 48}) if False else "hello".translate({104: "J"}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abcba".strip("ab"), "  \t x \n".strip())
print("www.example.com".strip("cmowz."), "mississippi".rstrip("ips"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("hat"), s.startswith("cat", 4), s.endswith("cat", 0, 7))
print(s.find("sat"), s.find("sat", 10), s.rfind("the"), s.index("on"), s.rindex("t"))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
