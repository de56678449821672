# re: findall group semantics and finditer
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'', 'abc'), re.findall(r'x*', 'axxb'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.findall(r'(?:ab)+', 'ababxab'))
p = re.compile(r'o')
print(p.findall('foo boo', 3), p.findall('foo boo', 0, 3))
for m in re.finditer(r'(?P<word>\w+)', 'the quick brown'):
    print(m.span(), m.group('word'), m.start(), m.lastgroup)
print([m.group() for m in re.finditer('', 'ab')])
print([m.span() for m in re.finditer(r'a*', 'baaac')])
it = re.finditer(r'\d', '1a2')
print(next(it).group(), next(it).group())
print(re.findall(r'[aeiou]', 'The Quick Brown Fox', re.I))
print(re.findall(r'\d', 'x' * 5))
print(re.findall(r'é+', 'aéébéc'), [m.span() for m in re.finditer('é', 'aébé')])
