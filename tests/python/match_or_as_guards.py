# Or-patterns, as-patterns and guards.

def kind(v):
    match v:
        case 1 | 2 | 3 as small:
            return "small %r" % (small,)
        case "a" | "b" | "c":
            return "letter"
        case [1, _] | (2, _) as pair:
            return "pair %r" % (pair,)
        case {"k": 1} | {"k": 2}:
            return "k is 1 or 2"
        case [x, 0] | [0, x]:
            return "x=%r next to a zero" % (x,)
        case (int() | float()) as number if number > 100:
            return "big number %r" % (number,)
        case int(n) | float(n):
            return "number %r" % (n,)
        case str() as s if len(s) > 3:
            return "long string"
        case [("x" | "y") as axis, (int() | float()) as value]:
            return "axis %s=%r" % (axis, value)
        case _:
            return "other"

for v in [1, 3, 4, "b", "d", [1, 5], (2, 6), [3, 7], {"k": 2, "j": 0},
          [5, 0], [0, 6], 500, 2.5, 101.5, "long one", ["x", 1.5],
          ["y", 2], ["z", 3], [0, 0]]:
    print(repr(v), "->", kind(v))

# Guards see the captured names; a failed guard still leaves them bound.
def guarded(v):
    match v:
        case [x, y] if x > y:
            return "descending"
        case [x, y] if x < y:
            return "ascending"
        case [x, y]:
            return "equal %r" % (x,)

print(guarded([2, 1]), guarded([1, 2]), guarded([3, 3]))

match [10, 20]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed but a and b were bound:", a, b)

# A failed pattern binds nothing, even when part of it matched.
try:
    match [1, 2]:
        case [unbound_name, 3]:
            pass
    print(unbound_name)
except NameError as e:
    print("NameError:", e)

# Guards are evaluated only when the pattern matched, in order.
log = []
def check(label, result):
    log.append(label)
    return result

match 5:
    case 1 if check("guard 1", True):
        pass
    case 5 if check("guard 5a", False):
        pass
    case int() if check("guard int", True):
        log.append("body int")
    case 5 if check("guard 5b", True):
        pass
print(log)

# A guard on a wildcard.
for n in [1, 2]:
    match n:
        case 5:
            print("five")
        case _ if n % 2:
            print(n, "is odd")
        case _:
            print(n, "is even")

# Guard with a walrus.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# Alternatives may bind the same names in different orders.
for v in [(1, "x"), ("x", 1)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n=%r s=%r" % (n, s))

# Nested or-patterns inside sequences and classes.
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

for v in [P(1, 2), P(2, 1), P(3, 3), [P(0, 1), P(1, 0)]]:
    match v:
        case P(1 | 2 as first, 1 | 2 as second):
            print("ones and twos", first, second)
        case [P(0, 1) | P(1, 0), P(0, 1) | P(1, 0)]:
            print("list of unit points")
        case P(a=a) if a == 3:
            print("a is three")

# As-patterns bind the whole matched value.
match [1, [2, 3]]:
    case [1, [2, _] as inner] as whole:
        print("inner", inner, "whole", whole)

match {"user": {"id": 7, "tags": ["a", "b"]}}:
    case {"user": {"id": int() as uid, "tags": [*tags] as tag_list}}:
        print("uid", uid, "tags", tags, tag_list is not tags)

# Capture patterns in a function bind locals; in a class body, class attributes.
def local_capture(v):
    match v:
        case [head, *tail]:
            pass
    return sorted(locals().items()) if False else (head, tail)

print(local_capture([1, 2, 3]))

class Captured:
    match (1, 2):
        case (first, second):
            pass
print("class attributes:", Captured.first, Captured.second)

# Captures into globals and through nonlocal.
def set_global():
    global g
    match 99:
        case g:
            pass
set_global()
print("global g =", g)

def outer():
    value = None
    def inner(v):
        nonlocal value
        match v:
            case [value]:
                pass
    inner([123])
    return value
print("nonlocal value =", outer())

# Closures over captured names.
def make(v):
    match v:
        case {"n": n}:
            return lambda: n * 2
print(make({"n": 21})())

# match inside a generator.
def classify(items):
    for item in items:
        match item:
            case int(i) if i < 0:
                yield "neg"
            case int():
                yield "int"
            case _:
                yield "?"
print(list(classify([1, -1, "x"])))
