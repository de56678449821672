# Regular-expression tokenizer: generates a program text of assignments,
# calls, strings and comments, tokenizes it with one compiled alternation of
# named groups (finditer + lastgroup), then runs findall, sub with a
# function and a template, split and a match-at-position scanner loop.
import re

N = 21000

WORDS = ["alpha", "beta", "gamma", "delta", "total", "count", "x1", "y_2", "value"]


def gen(n):
    seed = 12345
    lines = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = WORDS[seed % len(WORDS)]
        b = WORDS[(seed >> 8) % len(WORDS)]
        k = seed % 1000
        kind = (seed >> 16) % 4
        if kind == 0:
            lines.append("%s = %s + %d * (%s - %d.%d)" % (a, b, k, a, k % 7, k % 13))
        elif kind == 1:
            lines.append('print("%s is", %s, %d)  # show %s' % (a, b, k, b))
        elif kind == 2:
            lines.append("if %s >= %d: %s := %s / 2" % (a, k, b, a))
        else:
            lines.append("%s(%s, '%s-%d', %d)" % (b, a, a, k, k * 3))
    return "\n".join(lines) + "\n"


SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("STRING", r"\"[^\"\n]*\"|'[^'\n]*'"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("COMMENT", r"#[^\n]*"),
    ("OP", r":=|>=|<=|==|[-+*/=()<>:,]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKEN = re.compile("|".join("(?P<%s>%s)" % pair for pair in SPEC))


def tokenize(text):
    counts = {}
    names = {}
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "NAME":
            v = m.group()
            names[v] = names.get(v, 0) + 1
    return counts, names


def scan(text):
    word = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
    pos = 0
    n = len(text)
    total = 0
    while pos < n:
        m = word.match(text, pos)
        if m is None:
            break
        total += m.lastindex
        pos = m.end()
    return total


text = gen(N)
for _ in range(5):
    counts, names = tokenize(text)
print(sorted(counts.items()))
print(sorted(names.items())[:5])
nums = re.findall(r"\b(\d+)\.(\d+)\b", text)
print(len(nums), nums[:3])
doubled = re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text)
print(len(doubled), doubled[:60].replace("\n", "|"))
swapped = re.sub(r"(\w+) = (\w+)", r"\2 = \1", text)
print(swapped.count("="), swapped[:40].replace("\n", "|"))
parts = re.split(r"[;\n]+", text)
print(len(parts), parts[7])
print(scan(text[:200000]))
