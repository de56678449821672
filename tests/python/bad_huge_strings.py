s = 'x' * 10 ** 6
print(len(s), len(s * 3), s.count('x'))
try:
    'ab' * (10 ** 15)
except MemoryError:
    print('MemoryError')
try:
    [0] * (10 ** 15)
except MemoryError:
    print('MemoryError list')
