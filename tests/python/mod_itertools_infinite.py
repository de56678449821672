from itertools import count, cycle, repeat, islice, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby, starmap, tee, zip_longest, pairwise
import operator
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(count(1, 0.5), 3)), repr(count(3)), repr(count(1.5, 2)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(repeat(1, 0)), list(islice(repeat(7), 2)), repr(repeat(2, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([3, 1, 4], max)))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('aaabccdd')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in tee('abc', 3)], list(zip_longest('ab', 'xyz', fillvalue='-')), list(pairwise('abcd')), list(pairwise('a')))
print(list(islice('abcdefg', 2, None, 2)), list(islice('abc', None)), list(islice(range(10), 1, 8, 3)))
a, b = tee(iter(range(4))); next(a); print(list(a), list(b))
for bad in [lambda: islice('a', -1), lambda: list(islice('abc', 0, 3, 0)), lambda: repeat(), lambda: count('a'), lambda: list(zip_longest(1)), lambda: tee('a', -1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
