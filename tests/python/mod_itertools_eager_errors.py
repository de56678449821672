# itertools functions that take an iterable turn it into an iterator at the
# call: a value that is not iterable fails there, not at the first next().
import itertools as it


def attempt(label, make):
    try:
        make()
        print(label, "made")
    except TypeError as e:
        print(label, "TypeError", e)


attempt("accumulate", lambda: it.accumulate(1))
attempt("chain", lambda: it.chain(1))              # chain itself is lazy
attempt("chain.from_iterable", lambda: it.chain.from_iterable(1))
attempt("dropwhile", lambda: it.dropwhile(None, 1))
attempt("takewhile", lambda: it.takewhile(None, 1))
attempt("filterfalse", lambda: it.filterfalse(None, 1))
attempt("starmap", lambda: it.starmap(pow, 1))
attempt("pairwise", lambda: it.pairwise(1))
attempt("compress", lambda: it.compress([], 1))
attempt("zip_longest", lambda: it.zip_longest([], 1))

# A starmap item that is not iterable.
try:
    list(it.starmap(pow, [(2, 3), 5]))
except TypeError as e:
    print("starmap item:", e)
# Items may be any iterable, not only tuples.
print(list(it.starmap(pow, [[2, 3], iter((3, 2))])))
print(list(it.pairwise(iter("abcd"))), list(it.pairwise([1])))
print(list(it.dropwhile(lambda x: x < 3, iter([1, 4, 2]))), list(it.takewhile(bool, [1, 0, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.accumulate(iter([1, 2, 3]), initial=10)))
print(list(it.chain.from_iterable(iter(["ab", [1]]))))
