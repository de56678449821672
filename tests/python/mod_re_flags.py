# re: flags and inline flags
import re

print(re.findall('abc', 'ABC abc aBc', re.I), re.findall('(?i)abc', 'ABC abc aBc'))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M), re.findall('(?m)^x$', 'x\nx\nx'))
print(re.findall('x$', 'x\nx\n'), re.findall('x$', 'x\nx\n', re.MULTILINE))
print(re.findall('a.b', 'a\nb acb'), re.findall('a.b', 'a\nb acb', re.S), re.findall('(?s)a.b', 'a\nb'))
print(re.match(r'\w+', 'héllo wörld'), re.match(r'\w+', 'héllo', re.A), re.match(r'(?a)\w+', 'héllo'))
print(re.match(r'\d+', '١٢٣4'), re.match(r'\d+', '١٢٣4', re.ASCII))
print(re.match(r'\s+', '\x1c\u2003 x'), re.match(r'\s+', '\x1c\u2003 x', re.A))
v = re.compile(r'''
    (\d+)   # the integer part
    \.      # a dot
    (\d*)   # the fraction
''', re.VERBOSE)
print(v.match('3.14').groups(), v.flags)
print(re.match(r'(?x) a b c # comment', 'abc'), re.match(r'(?x)a\ b', 'a b'), re.match('(?x)[ ]a', ' a'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?-i:a)b', 'aB', re.I))
print(re.match('(?s:.)(.)', '\n\n'), re.match('(?m:^a$)', 'a\nb'))
print(re.compile('a', re.I | re.M).flags, re.compile('(?s)a').flags, re.compile('a', re.A).flags)
print(re.compile('(?x)a').flags, re.compile('a', re.I))
print(re.I, re.M | re.S, re.A, repr(re.X), int(re.DOTALL), re.NOFLAG)
print(re.search('(?i)straße', 'STRASSE'), re.search('(?i)ǅ', 'ǆ'))
for pat in ['a(?i)b', '(?z)a', '(?i', '(?-)a', '(?a-u:x)', '(?au)x', '(?i-i:a)', '(?L)a']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), e)
try:
    re.compile('a', re.ASCII | re.UNICODE)
except ValueError as e:
    print('ValueError', e)
