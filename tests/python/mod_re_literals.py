# re: every punctuation literal escaped, in and out of classes, on both engines
import re
for lit in '&~#-<>!@%=,;:\'"/`{}[]()|^$.*+?\\ \t\n':
    p = '(x)' + re.escape(lit) + r'\1'
    q = '(?<=y)' + re.escape(lit) + '[' + re.escape(lit) + ']'
    r = '[^' + re.escape(lit) + ']' + re.escape(lit)
    print(repr(lit), bool(re.search(p, 'x' + lit + 'x')), bool(re.search(q, 'y' + lit + lit)), bool(re.search(r, 'a' + lit)), bool(re.search('(?i)' + re.escape(lit), lit)))
print(re.findall(r'[\w&&a]+', 'a&&b'), re.findall(r'[a-c--b]+', 'ab-c'), re.findall(r'[~~x]+', 'x~'))
