# Dict-heavy code: word counting with str keys (get, in, setdefault),
# an int-keyed table built, read, updated and deleted from, items()/keys()
# iteration, and sorting a dict's items.
N = 700000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "pu", "qua", "rho"]

seed = 7
words = []
for _ in range(N):
    seed = (seed * 1664525 + 1013904223) % 4294967296
    n = 1 + (seed >> 20) % 3
    w = ""
    s = seed
    for _ in range(n):
        w += SYLLABLES[s % 12]
        s //= 12
    words.append(w)

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

by_first = {}
for w in counts:
    by_first.setdefault(w[0], []).append(w)

present = 0
for w in words[::3]:
    if w + "x" in counts:
        present += 1
    if w in counts:
        present += 2

table = {}
for i in range(N):
    table[i * 7 % 100003] = i
hits = 0
for i in range(0, N * 2, 3):
    if i in table:
        hits += table[i] & 15
for k in list(table.keys()):
    if k % 5 == 0:
        del table[k]
for k, v in table.items():
    table[k] = v ^ k

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct", len(counts), "present", present)
print("groups", sorted((k, len(v)) for k, v in by_first.items()))
print("table", len(table), hits, sum(table.values()) % 1000003)
print("top", top)
