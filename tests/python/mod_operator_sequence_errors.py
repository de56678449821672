# operator functions that need a sequence or an iterable: their errors, and
# length_hint's default.
import operator as op


def attempt(label, call):
    try:
        print(label, repr(call()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("concat lists", lambda: op.concat([1], [2]))
attempt("concat strs", lambda: op.concat("a", "b"))
attempt("concat ints", lambda: op.concat(1, 2))
attempt("concat floats", lambda: op.concat(1.5, 2))
attempt("concat dict", lambda: op.concat({}, {}))
attempt("iconcat ints", lambda: op.iconcat(1, 2))
attempt("iconcat list", lambda: op.iconcat([1], (2,)))
attempt("countOf int", lambda: op.countOf(5, 1))
attempt("countOf list", lambda: op.countOf([1, 2, 1], 1))
attempt("indexOf None", lambda: op.indexOf(None, 1))
attempt("indexOf missing", lambda: op.indexOf([1], 2))
attempt("indexOf list", lambda: op.indexOf("abc", "c"))
attempt("delitem tuple", lambda: op.delitem((1, 2), 0))
attempt("delitem int", lambda: op.delitem(7, 0))
attempt("delitem str", lambda: op.delitem("ab", 0))
lst = [1, 2, 3]
op.delitem(lst, 1)
print(lst)
attempt("length_hint bool default", lambda: op.length_hint(object(), True))
attempt("length_hint str default", lambda: op.length_hint([], "x"))
attempt("length_hint iter", lambda: op.length_hint(iter(range(4))))


class Seq:
    def __getitem__(self, i):
        return i

    def __add__(self, other):
        return "added"


attempt("concat user sequence", lambda: op.concat(Seq(), 1))
attempt("concat user sequences", lambda: op.concat(Seq(), Seq()))
attempt("concat list and int", lambda: op.concat([1], 2))
attempt("delitem tuple by str", lambda: op.delitem((1, 2), "a"))
attempt("delitem range", lambda: op.delitem(range(3), 0))
attempt("delitem user sequence", lambda: op.delitem(Seq(), 0))
attempt("delitem user sequence by str", lambda: op.delitem(Seq(), "k"))
