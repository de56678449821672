words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), max(words), min(words, key=len))
print([c for c in "héllo"], list(reversed("abc")), "".join(sorted("hello")))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" == "ab" + "c", "ab" * 0 == "")
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
