poem = """Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date."""
lines = poem.split("\n")
words = poem.replace(",", "").replace(":", "").replace("?", "").replace(".", "").split()
print(len(lines), len(words), len(set(w.lower() for w in words)))
longest = max(words, key=len)
vowels = sum(1 for c in poem.lower() if c in "aeiou")
print(longest, vowels, [len(l.split()) for l in lines])
freq = {}
for c in poem.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: -kv[1])[:5])
print("\n".join(l[::-1] for l in lines[:1]), poem.count("summer"))
