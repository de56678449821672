def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))
sentence = "the quick brown fox"
print(" ".join(reversed(sentence.split())), " ".join(w[::-1] for w in sentence.split()))
print(sorted(sentence.split(), key=lambda w: (-len(w), w)))
