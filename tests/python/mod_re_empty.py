# re: empty matches next to others (findall, sub, split, finditer) as CPython 3.7+
import re
print(re.findall(r'x*?', 'xx'), re.sub(r'x*?', '-', 'axxb'), re.split(r'x*?', 'axxb'))
print(re.findall(r'(?:|a)', 'aab'), re.findall(r'\b|a', 'ab a'), [m.span() for m in re.finditer(r'a??', 'aa')])
print(re.findall(r'(?<=a)|b', 'abab'), re.sub(r'(|b)', '.', 'abb'))
