# re: lookahead, lookbehind, atomic groups, possessive repeats
import re

print(re.findall(r'\w+(?=!)', 'hi! there yo!'))
print(re.findall(r'\b\w+\b(?!\()', 'f(x) y g(z) w'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=(\w+))\w', 'abc').groups())
print(re.search(r'(?<=a)b', 'ab'), re.search(r'(?<=^a)b', 'ab'), re.search(r'(?<!a)b', 'ab'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a++b', 'aaab'), re.match(r'a++a', 'aaa'), re.match(r'a*+', 'aaa'), re.match('a?+a', 'a'))
print(re.findall(r'(?i)(?<=x)y', 'xY Xy xy'))
p = re.compile(r'(?<=-)\w+')
print(p.search('a-b', 2), p.search('a-bc', 2))
print(re.match(r'^(?!.*password).*$', 'my secret'), re.match(r'^(?!.*password).*$', 'a password'))
print(re.findall(r'\d+(?=px)', '10px 20em 30px'))
