# re: match, search, fullmatch and Match objects
import re

m = re.match(r'(\w+) (\w+)', 'hello world again')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m[2])
print(m.groups(), m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(1))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(re.match('abc', 'xabc'), re.search('abc', 'xabc'))
print(re.fullmatch('abc', 'abc'), re.fullmatch('abc', 'abcd'), re.fullmatch('a|ab', 'ab'))
print(re.search('', 'abc'), re.match('', ''))
print(bool(re.match('a', 'a')))
p = re.compile(r'\d+')
print(p.search('ab 12 cd 345', 4), p.search('ab 12 cd 345', 0, 4), p.match('ab 12', 3))
print(p.fullmatch('12345', 1, 3), p.search('123', 5), p.search('123', -5))
m = p.search('ab 12 cd 345', 6)
print(m.pos, m.endpos, m.span())
print(re.match('(a)|(b)', 'b').groups(), re.match('(a)|(b)', 'b').groups('-'))
print(re.match('(a)(b)?', 'a').span(2), re.match('(a)(b)?', 'a').start(2))
for bad in (3, 'x', -1):
    try:
        re.match('(a)', 'a').group(bad)
    except IndexError as e:
        print('IndexError', e)
print(repr(re.search('a.c', 'xxa\ncabc')))
print(re.search(r'\bfoo\b', 'a foo b'), re.search(r'\Bfoo', 'afoo'))
print(re.match(r'[^a-c]+', 'xyzab'), re.match(r'[]a]+', ']a]b'), re.match(r'[a\]]+', 'a]]b'))
print(re.match(r'[\d\s]+', '1 2 3x'), re.match(r'[\w-]+', 'ab-c d'))
print(re.match('x{2}', 'xxx'), re.match('x{2,}', 'xxxx'), re.match('x{,2}', 'xxxx'), re.match('x{1,3}?', 'xxx'))
print(re.match('x{', 'x{'), re.match('x{a}', 'x{a}'), re.match('x{}', 'x{}'), re.match('{1}', '{1}') if False else None)
print(re.match('a*?b', 'aaab'), re.match('(ab)+', 'ababx'), re.match('(?:ab)+', 'ababx').groups())
