# PGO training: string methods, formatting, dicts of words, sorting with
# keys, comprehensions.

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    seed = 7
    out = []
    for i in range(n):
        seed = (seed * 69069 + 1) % 4294967296
        w = WORDS[seed % len(WORDS)]
        if seed % 7 == 0:
            w = w.capitalize()
        if seed % 11 == 0:
            w += ","
        out.append(w)
        if i % 12 == 11:
            out.append("\n")
    return " ".join(out)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.strip().split():
            key = word.strip(",.").lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def report(counts):
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"{w:<10}|{c:>6}|{c / 1000:8.3f}" for w, c in rows]
    table = "\n".join(lines)
    return table.replace("|", " ").upper()


def encode(text):
    table = {c: chr((ord(c) - 97 + 13) % 26 + 97) for c in "abcdefghijklmnopqrstuvwxyz"}
    return "".join(table.get(c, c) for c in text)


total = 0
for rep in range(6):
    text = make_text(40000)
    counts = count_words(text)
    r = report(counts)
    total += len(r) + len(encode(text[:20000]))
    parts = text.partition("omega")
    total += len(parts[0]) + text.count("pi") + text.find("zeta ") + len("%s-%d-%.2f" % ("x", rep, rep / 3))
print(total)
print(r.splitlines()[0])
