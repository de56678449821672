text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end."""
words = [w.strip(".,;:!").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(counts), max(words, key=len), sorted({len(w) for w in words}))
lines = text.splitlines()
print([len(l) for l in lines], [l.split()[0] for l in lines])
print(" ".join(w.capitalize() for w in "hello big world".split()), "-".join(reversed(text.split()[:3])))
