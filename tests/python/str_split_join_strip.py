csv = "name, age ,city\nann,30, NYC\n bob ,25,LA "
rows = [[cell.strip() for cell in line.split(",")] for line in csv.splitlines()]
print(rows)
print("|".join(f"{r[0]:<5}" for r in rows), "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "  a  b  ".split(" "))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "hello".partition("l"), "hello".rpartition("l"))
print("{:-^20}".format(" title "), "ab".center(6, "."), "5".rjust(3, "0"), "tab\tsep".expandtabs(4), "a\tb".split("\t"))
print("Hello World".swapcase(), "hello world".title(), "HELLO".lower().capitalize(), "o".join("pp"), ",".join([]))
