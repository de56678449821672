s = "Hello, World"
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("z"), s.find("o", 5), s.count("l", 0, 4))
print(s.partition(", "), s.rpartition("o"), s.center(20, "*"), s.ljust(15, "."), s.rjust(15), "42".zfill(5), "-42".zfill(6))
print("a\tb\tc".expandtabs(4), "123".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "Abc Def".istitle(), "ABC".isupper(), "abc".islower(), "x_1".isidentifier())
print("ßtraße".casefold(), "Hello".swapcase(), "hello world".capitalize(), "hello world".title(), "héllo".encode(), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("a\nb\r\nc".splitlines(), "a\nb".splitlines(True), "abc".translate(str.maketrans("ab", "xy", "c")), len(s), "W" in s, s[1], s[-3:], s[::2])
try:
    s.index("z")
except ValueError as e: print(e)
try:
    s.center(5, "ab")
except TypeError as e: print(e)
try:
    s.find()
except TypeError as e: print(e)
print(" a b ".split(), "a,b,,c".split(","), "-".join(["x", "y"]), "  x ".strip(), "aXbX".replace("X", "-", 1), "ab".upper(), "AB".lower(), s.startswith(("He", "x")), s.endswith("ld"))
