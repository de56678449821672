# IndexError inside a generator consumed by a comprehension.
def chars_at(words, i):
    for w in words:
        yield w[i]
words = ["python", "rust", "go", "cpp"]
print([c for c in chars_at(words, 1)])
print([c for c in chars_at(words, 2)])
