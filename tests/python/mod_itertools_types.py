import itertools as it
c = it.chain([1, 2], [3])
print(type(c).__name__, isinstance(c, it.chain), next(c), list(c), repr(it.islice)[:30])
for cls, args in [(it.islice, ([1,2,3], 2)), (it.product, ([1,2],)), (it.permutations, ([1,2],)), (it.combinations, ([1,2,3], 2)), (it.compress, ("abc", [1,0,1])), (it.pairwise, ([1,2,3],)), (it.accumulate, ([1,2,3],)), (it.zip_longest, ([1], [2,3])), (it.starmap, (pow, [(2,3)])), (it.takewhile, (bool, [1,0,1])), (it.dropwhile, (bool, [1,0,1])), (it.filterfalse, (None, [0,1])), (it.cycle, ([],)), (it.combinations_with_replacement, ([1,2], 2))]:
    o = cls(*args)
    print(type(o).__name__, isinstance(o, cls), repr(o).startswith("<itertools." + cls.__name__ + " object at"), list(o))
p = it.product("ab", repeat=2)
print(next(p), next(p), [x for x in p])
g = it.groupby("aabbc")
print([(k, list(v)) for k, v in g], type(it.tee([1])[0]).__name__)
import operator
try: operator.methodcaller()
except TypeError as e: print(e)
print(operator.methodcaller("split", ",")("a,b"))
