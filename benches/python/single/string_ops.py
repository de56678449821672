# String building: += concatenation, join, f-strings with format specs,
# str methods (split, replace, upper, lower, find, startswith, strip, count),
# slicing, ord/chr.
N = 350000

parts = []
acc = ""
for i in range(N):
    s = f"item{i}:{i * 7 % 13}/{i % 5:03d}"
    parts.append(s)
    if i % 10 == 0:
        acc += s[:4]
line = ",".join(parts)
print("joined", len(line), len(acc))

fields = line.split(",")
total = 0
for fld in fields:
    name, rest = fld.split(":")
    a, b = rest.split("/")
    total += int(a) + int(b) + len(name)
print("fields", len(fields), total)

text = " ".join(["The quick brown Fox jumps over the lazy dog"] * (N // 10))
up = text.upper()
low = text.lower()
rep = text.replace("Fox", "cat").replace("dog", "emu")
print("case", up.count("FOX"), low.count("the"), rep.count("cat"), len(rep))

pos = 0
found = 0
while True:
    pos = text.find("lazy", pos)
    if pos < 0:
        break
    found += 1
    pos += 4
print("find", found)

checks = 0
codes = 0
for i in range(N):
    w = "  " + str(i) + "-x  "
    t = w.strip()
    if t.startswith("1") or t.endswith("7-x"):
        checks += 1
    codes += ord(t[0]) + len(t)
rot = "".join([chr((ord(c) - 97 + 13) % 26 + 97) if "a" <= c <= "z" else c for c in low[:N]])
print("methods", checks, codes, rot[:43])
print("fmt", f"{N!r:>10}|{3.5:8.2f}|{'ab':<5}|{255:x}|{255:08b}")
