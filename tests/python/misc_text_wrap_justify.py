# Greedy word wrapping and full justification of a paragraph.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line[-1]
words = text.split()
for width in (30, 45):
    print("=" * width)
    lines = wrap(words, width)
    for ln in lines[:-1]:
        print(justify(ln, width) + "|")
    print(" ".join(lines[-1]).ljust(width) + "|")
print("=" * 20)
for ln in wrap(words, 20):
    print(" ".join(ln).center(20, ".") + "|")
longest = max(words, key=len)
print(longest, len(longest), len(words), sum(1 for w in words if w[-1] in ".!;,"))
print(" ".join(w[::-1] for w in words[:6]))
print(" ".join(w.capitalize() for w in "make every word capitalised here".split()))
