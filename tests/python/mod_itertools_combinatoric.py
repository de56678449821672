from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', repeat=2)), list(product([1, 2], 'xy')), list(product()), list(product('a', [])))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)), len(list(permutations(range(6)))))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('abc', 2)), len(list(combinations_with_replacement(range(5), 3))))
print(sum(1 for _ in product(range(5), repeat=4)), next(permutations([3, 1, 2])))
for bad in [lambda: permutations('a', -1), lambda: combinations('a', -1), lambda: product('a', repeat=-1), lambda: combinations()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
