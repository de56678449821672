# re: bytes patterns
import re

print(re.findall(rb'\d+', b'a1 b22'), re.match(rb'(\w+)', b'abc def'))
m = re.search(rb'(?P<k>\w+)=(?P<v>\w+)', b'x key=val y')
print(m.group(), m.groups(), m.groupdict(), m.span(), m.expand(rb'\g<v>:\g<k>'))
print(re.sub(rb'a', b'b', b'banana'), re.split(rb',', b'a,b'))
print(re.compile(b'x').flags, re.compile(b'x', re.I), re.compile(b'\\w', re.A).flags)
print(re.match(rb'\w+', 'é'.encode('latin-1')), re.match(rb'\xe9', b'\xe9'))
print(re.sub(rb'(\w)', lambda m: m.group(1).upper(), b'ab'))
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
