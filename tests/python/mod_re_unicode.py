# re: non-ASCII subjects: character positions, classes, case
import re

s = 'naïve café — 日本語 テキスト'
print([m.span() for m in re.finditer(r'\w+', s)])
print(re.findall(r'[^\x00-\x7f]+', s))
print(re.search('日本', s).span(), re.search('日本', s).start(), s[re.search('語', s).start()])
print(re.sub(r'\s+', '_', s), re.split(r'\W+', s))
print(re.findall(r'(?i)CAFÉ', 'café CAFÉ Café'), re.match(r'(?i)σ', 'Σ'))
print(re.match(r'\w+', 'Ωmega'), re.match(r'[α-ω]+', 'αβγ'), re.match(r'\u00e9', 'é'), re.match(r'\U0001F600', '😀'))
m = re.search(r'(?P<e>😀+)', 'ab😀😀c')
print(m.span(), m.span('e'), m.group(), m.end())
print(re.findall(r'.', 'a😀b'), len(re.findall(r'.', '日本語')))
print(re.compile(r'\d').search('日本語３x', 1), re.fullmatch(r'\d+', '٣٤'))
print(re.compile('é').search('aébé', 2), re.compile('b').search('aébé', 1, 3))
print(re.sub('(.)', r'<\1>', 'ñü'))
