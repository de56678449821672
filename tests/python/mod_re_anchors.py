# re: ^ $ \A \Z \b and pos/endpos
import re

print(re.search('a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'a\Z', 'a'))
print(re.findall('$', 'a\nb\n'), re.findall('(?m)$', 'a\nb\n'), re.findall('(?m)^', 'a\nb\n'))
print(re.search(r'\Aab', 'ab'), re.search(r'\Ab', 'ab'))
p = re.compile('^b')
print(p.search('ab', 1), p.match('ab', 1), re.compile('(?m)^b').search('a\nb', 1))
p = re.compile('a$')
print(p.search('ab', 0, 1), p.search('a\nb', 0, 2), p.fullmatch('ab', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'b\b').search('ab', 0, 2))
print(re.compile(r'\d+$').search('12 34\n'), re.compile(r'^\d+$', re.M).findall('12\n34\nx5'))
print(re.fullmatch(r'\d+', '123\n'), re.match(r'\d+$', '123\n'))
print(re.compile('b').match('abc', 1), re.compile('c').match('abc', 1, 2))
print(re.compile('x').search('xyz', 3, 2), re.compile('').search('abc', 3))
m = re.compile(r'\w+').search('hello world', 2, 8)
print(m, m.pos, m.endpos, m.string)
