from itertools import islice, chain, groupby, accumulate, count, repeat, starmap, zip_longest, product, tee, cycle, takewhile, filterfalse, compress
import operator
def take(n, it): return list(islice(it, n))
def grouper(it, n, fill=None): return list(zip_longest(*[iter(it)] * n, fillvalue=fill))
def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its); pending = len(its)
    while pending:
        try:
            for nx in nexts: yield nx()
        except StopIteration:
            pending -= 1; nexts = cycle(islice(nexts, pending))
def unique_justseen(it, key=None): return list(map(next, map(operator.itemgetter(1), groupby(it, key))))
def partition(pred, it):
    t1, t2 = tee(it); return list(filterfalse(pred, t1)), list(filter(pred, t2))
print(take(4, count(5)), grouper('ABCDEFG', 3, 'x'), list(roundrobin('ABC', 'D', 'EF')), unique_justseen('AAAABBBCCDAABBB'), partition(lambda x: x % 2, range(10)))
print(list(accumulate(range(1, 6), operator.mul)), list(starmap(operator.add, zip(range(3), repeat(10)))), list(takewhile(lambda x: x < 10, accumulate(count(1)))))
print(list(chain.from_iterable(product('ab', repeat=2))), list(compress(range(6), cycle([1, 0]))))
running = list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)); print(running)
print(sum(1 for _ in groupby(sorted('mississippi'))), [(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
it = iter(range(10)); print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), list(it))
