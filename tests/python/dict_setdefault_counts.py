text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.setdefault(w, 0) + 1
print(counts)
index = {}
for pos, w in enumerate(text.split()):
    index.setdefault(w, []).append(pos)
print(index)
default = {}
print(default.get("x", []), default.setdefault("y", {}), default)
merged = {**counts, "four": 4}
print(sorted(merged, key=merged.get, reverse=True), list(merged.items())[-1])
d = dict.fromkeys(["a", "b"], 0)
d["a"] += 1
print(d, {k: v for k, v in d.items() if v})
