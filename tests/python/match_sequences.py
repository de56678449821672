# Sequence patterns: lists, tuples, ranges, star patterns, nesting.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [x, y, z]:
            return "three: %r %r %r" % (x, y, z)
        case [first, *middle, last]:
            return "first %r, middle %r, last %r" % (first, middle, last)
        case _:
            return "not a sequence: %s" % type(v).__name__


for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], range(4),
          range(0), "ab", b"ab", bytearray(b"ab"), {"a": 1}, {1, 2}, 3, None]:
    print(type(v).__name__, "->", shape(v))


def stars(v):
    match v:
        case [*_]:
            return "any sequence, len %d" % len(v)

print(stars([]), stars((1, 2)), stars(range(10)), stars("abc"))


def heads(v):
    match v:
        case [1, *rest]:
            return "starts with 1, rest %r" % (rest,)
        case [*init, 9]:
            return "ends with 9, init %r" % (init,)
        case [a, *_, b] if a == b:
            return "same ends %r" % (a,)
        case [_, _, *_]:
            return "at least two"
        case [*_]:
            return "short"

for v in [[1], [1, 2, 3], (1,), [5, 9], (9,), [4, 0, 0, 4], [4, 4], range(3, 5), [2], [], "no"]:
    print(repr(v), "->", heads(v))


def nested(v):
    match v:
        case [(x, y), [z, *w]]:
            return "pairs: %r %r %r %r" % (x, y, z, w)
        case [[[deep]]]:
            return "deep %r" % (deep,)
        case ((a, b), (c, d)):
            return "tuple of tuples %r" % ([a, b, c, d],)
        case [1, [2, [3, [4, *more]]]]:
            return "chain more=%r" % (more,)

print(nested([(1, 2), [3, 4, 5]]))
print(nested([[[7]]]))
print(nested(([1, 2], (3, 4))))
print(nested([1, [2, [3, [4, 5, 6]]]]))
print(nested([1, [2, [3, [5]]]]))

# Star captures always give a list, even from a tuple or a range.
match (1, 2, 3, 4):
    case (a, *b, c):
        print(type(b).__name__, b)
match range(10):
    case [0, 1, *r]:
        print(type(r).__name__, r)
match range(10):
    case [*_, 8, last]:
        print("range tail", last)

# Star in the middle with captures on both sides.
match list(range(8)):
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)

# Lists are matched by length first, then items.
match [1, [2, 3]]:
    case [1, [2]]:
        print("wrong")
    case [1, [2, 3, 4]]:
        print("wrong")
    case [1, [2, x]]:
        print("nested capture", x)

# Sequences of the wrong kind.
for subject in ["abc", b"abc", {"k": "v"}, 12]:
    match subject:
        case [a, b, c]:
            print("matched", subject)
        case _:
            print("not matched", repr(subject))

# A sequence pattern inside a for loop with break and continue.
for item in [[0], [1, 2], [3], [], [4, 5, 6]]:
    match item:
        case []:
            print("empty, stop")
            break
        case [x]:
            print("single", x)
            continue
        case [x, *_]:
            print("several from", x)
print("loop done")

# Parenthesised and bracketed forms are the same pattern.
match (1, 2):
    case [a, b]:
        print("brackets match tuples", a, b)
match [1, 2]:
    case (a, b):
        print("parens match lists", a, b)
match [5]:
    case (x,):
        print("one-tuple pattern", x)
match 5:
    case (x):
        print("parenthesised capture", x)
