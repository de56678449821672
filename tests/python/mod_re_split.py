# re: split with groups and maxsplit
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r',', 'a,b,,c,'), re.split(r',', ''), re.split(r'x', 'abc'))
print(re.split(r'\s+', ' a b  c ', -1), re.split(r'\s+', ' a b  c ', 0))
print(re.compile(r'-').split('a-b-c-d', 2))
print(re.split(r'(?<=,)', 'a,b,c'))
print(re.split(r'\b', 'hi there'))
