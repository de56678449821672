# re: a small tokenizer with named alternatives and lastgroup
import re

SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
TOK = re.compile('|'.join('(?P<%s>%s)' % pair for pair in SPEC))
code = '''x := 3.5 + y1;
  total := total * 42 / x;
bad $ char'''
line = 1
start = 0
for m in TOK.finditer(code):
    kind = m.lastgroup
    value = m.group()
    col = m.start() - start
    if kind == 'NEWLINE':
        line += 1
        start = m.end()
        continue
    if kind == 'SKIP':
        continue
    print(kind, repr(value), line, col, m.lastindex)
pos = 0
scanner = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
out = []
while pos < 12:
    m = scanner.match('12 ab + 7 cd', pos)
    if not m:
        break
    out.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(out)
s = re.compile(r'\d*').scanner('12a3')
print([ (m.span() if m else None) for m in [s.search() for _ in range(6)]])
s = re.compile(r'\d*').scanner('12a3')
print([ (m.span() if m else None) for m in [s.match() for _ in range(4)]])
s = re.compile(r'\w+|\s+').scanner('ab  cd', 1, 5)
print([m.group() for m in iter(s.match, None)], s.pattern.pattern)
