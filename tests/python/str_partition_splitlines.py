# split/rsplit with maxsplit, partition, splitlines with keepends.
s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0), s.split(",", -1))
t = "  one  two\tthree\nfour  "
print(t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(" "))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "::".join(["x", "y"]))
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a b c d".split(" ", 2))
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows)
print([dict(zip(rows[0], r)) for r in rows[1:]])
path = "/usr/local/lib/python3.11/site.py"
head, sep, tail = path.rpartition("/")
print(head, tail, tail.partition(".")[0], path.split("/")[1:3])
print("a b  c".split(" "), "xaxbx".split("x"), "aaa".split("a"))
