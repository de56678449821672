# Value patterns (dotted names), literal edge cases and capture binding rules.
class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"
def name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN | Color.Nested.BLUE:
            return "green or blue"
        case other:
            return "unknown " + other
print([name(c) for c in ["red", "green", "blue", "pink"]])
def lit(x):
    match x:
        case 0:
            return "zero"
        case 1.5:
            return "one point five"
        case -2:
            return "minus two"
        case 1 + 2j:
            return "complex"
        case "a" "b":
            return "concatenated ab"
        case b"x":
            return "bytes x"
        case True:
            return "True"
        case None:
            return "None"
        case _:
            return "no literal"
for v in [0, 0.0, False, 1, True, 1.5, -2, 1 + 2j, "ab", b"x", None, "x"]:
    print(repr(v), "->", lit(v))
def bind(x):
    match x:
        case [a, b] | (b, a, _):
            return ("or-bind", a, b)
        case {"k": v, **rest}:
            return ("mapping", v, rest)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case _:
            return ("none",)
for v in [[1, 2], (1, 2, 3), {"k": 1, "j": 2}, 2, 9]:
    print(bind(v))
x = "untouched"
match 42:
    case 41:
        x = "no"
    case x:
        pass
print(x)
match [1, 2, 3]:
    case [1, *mid, 3] if mid:
        print("middle", mid)
try:
    exec("match 1:\n    case a:\n        pass\n    case 2:\n        pass\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("match 1:\n    case a | b:\n        pass\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
