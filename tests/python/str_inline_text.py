# Short strings keep their text inside the object, longer ones in an
# allocation of their own (22 bytes is the boundary): strings made either
# way must compare, hash, index, slice and concatenate alike.
base = "abcdefghijklmnopqrstuvwxyz0123456789"
d = {}
for n in range(18, 27):
    s = base[:n]
    built = "".join(list(s))
    joined = s[: n // 2] + s[n // 2 :]
    d[s] = n
    print(n, len(s), s == built == joined, hash(s) == hash(built) == hash(joined), d[joined], s[-1], s[3:7], s[::-5])
# Multi-byte characters around the boundary.
for t in ["é" * 10, "é" * 11, "é" * 12, "€" * 7, "€" * 8, "😀" * 5, "😀" * 6, "a" + "😀" * 5 + "b"]:
    u = t[:1] + t[1:]
    print(len(t), len(t.encode()), t == u, hash(t) == hash(u), t[-1] == u[-1], t[1:3] == u[1:3], t.upper() == u.upper())
x = "x" * 11
y = x + x
z = y + "y"
print(len(y), len(z), y == "x" * 22, z.endswith("xy"), {y: 1}["x" * 22], sorted([z, y, x]) == [x, y, z])
print(str(10**21), str(-10**20), str(10**22), f"{-123456789012345678901}")
