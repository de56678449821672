# re: escape, purge, Pattern objects and their repr
import re

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l'))
print(re.escape('hello world\t#1 - x&y~z'), re.escape('ümlaut_123'), re.escape(''))
print(re.escape(b'a.b c'))
for s in ['1.5', 'a+b', '[x]', '(?)']:
    print(re.fullmatch(re.escape(s), s) is not None)
p = re.compile(r'(\d+)-(?P<x>\w)')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile('a', re.I | re.S), re.compile('a', re.U), re.compile(r'\n'))
print(re.compile('x') == re.compile('x'), re.compile('x') == re.compile('x', re.I), re.compile('x') is re.compile('x'))
print(re.compile(p) is p, re.search(p, 'x 12-z'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
re.purge()
print(re.compile('(ab)*').match('ababab').group(1))
print(type(p).__name__, type(p.match('1-a')).__name__)
print(hash(re.compile('x')) == hash(re.compile('x')))
gi = re.compile(r'(?P<a>x)(?P<b>y)').groupindex
print(gi, gi['a'], 'b' in gi, len(gi), sorted(gi), gi.get('z'))
try:
    gi['c'] = 3
except TypeError as e:
    print('TypeError', e)
print(repr(gi), gi == {'a': 1, 'b': 2})
