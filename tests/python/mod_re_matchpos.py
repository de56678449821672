# re: match/fullmatch at a position with backreferences and lookbehind
import re

p = re.compile(r'(b)\1')
print(p.match('abb', 1), p.match('abb', 0), p.fullmatch('abb', 1), p.fullmatch('abbx', 1), p.fullmatch('abbx', 1, 3))
q = re.compile(r'(?<=a)(b)\1')
print(q.match('abb', 1), q.match('cbb', 1), q.search('cbbabb'))
r = re.compile(r'\b(\w)\1')
print(r.match('xaa', 1), r.match(' aa', 1), re.compile(r'^(a)\1').match('aaa', 1), re.compile(r'(?m)^(a)\1').match('\naa', 1))
s = re.compile(r'(?P<q>["\'])(?:(?!(?P=q)).)*(?P=q)')
text = 'say "hi" and \'bye\' now'
pos = 0
found = []
while pos < len(text):
    m = s.match(text, pos)
    if m:
        found.append((m.group(), m.span()))
        pos = m.end()
    else:
        pos += 1
print(found)
t = re.compile(r'(a)(?(1)b|c)')
print(t.match('xab', 1), t.fullmatch('xab', 1), t.match('xac', 1))
big = 'b' * 50000
print([p.match(big, i) for i in range(0, 50000, 5000)].count(None))
