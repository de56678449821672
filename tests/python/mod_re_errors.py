# re: re.error messages, positions and attributes
import re

pats = ['(', 'a)', '(?P<a>x)(?P<a>y)', '*', 'a**', 'a++b' if False else 'a*{2}', '+a',
        '[a', '[b-a]', r'[\d-z]', r'\x', r'\xz', r'\u12', r'\k', r'\1', r'(a)\2', r'(a\1)',
        '(?P<>x)', '(?P<a', '(?P=b)', '(?P<1a>x)', '(?Px)', '(?<x)', '(?', '(?#abc',
        'a{3,1}', r'a\ ', '(?<=a|bc)x', '(?(x)a)', '(?(0)a)', 'x{99999999999}', '\\',
        '[]', 'a|*', '(?x)(?i)a' , 'abc(?i)', 'x{2}{3}', '(a)(?P=1)', r'\400', '^*']
for p in pats:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.groups)
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except OverflowError as e:
        print(repr(p), 'OverflowError', e)
try:
    re.compile('a\nb\n(c')
except re.error as e:
    print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
