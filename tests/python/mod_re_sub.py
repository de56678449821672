# re: sub and subn with templates and functions
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w+)@(?P<b>\w+)', r'\g<b> at \g<a> (\g<0>)', 'joe@home'))
print(re.sub(r'a', 'b', 'aaaa', count=2), re.sub(r'a', 'b', 'aaaa', 0))
print(re.subn(r'a', 'b', 'aaaa'), re.subn(r'x', 'y', 'abc'), re.subn(r'a', 'b', 'aaaa', 3))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w)(\d)?', lambda m: m.group(2) or '_', 'a1bc2'))
print(re.sub(r'x*', '-', 'abxd'), re.sub('', '-', 'abc'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n\t\\', 'xa') == 'x\n\t\\', re.sub('a', r'\&', 'a'))
print(re.sub(r'(\d)', r'\g<1>0', '5'), re.sub(r'(\d)', r'\10', '5') if False else '')
print(re.sub('(a)', r'\1\101', 'a'), re.sub('a', r'\0', 'a') == '\x00')
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
p = re.compile(r'(?i)cat')
print(p.sub('dog', 'Cat cAt CAT'), p.subn('dog', 'no'))
print(re.sub(r'^', '> ', 'a\nb\nc', flags=re.M))
print(re.sub(r'$', '!', 'a\nb\n'), re.sub(r'$', '!', 'a\nb\n', flags=re.M))
print(re.sub('é', 'e', 'résumé'))
for repl in [r'\2', r'\g<x>', r'\g<1', r'\g', r'\g<a b>', r'\q', '\\']:
    try:
        re.sub(r'(a)', repl, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
