# Literal, singleton, value (dotted name), capture and wildcard patterns.

class Color:
    RED = "red"
    GREEN = "green"
    class Shade:
        DARK = 0.25


def literal(v):
    match v:
        case 0:
            return "int zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red via Color.RED"
        case Color.Shade.DARK:
            return "dark shade"
        case 10 | 20 | 30:
            return "tens"
        case _:
            return "something else: %r" % (v,)


for value in [0, 0.0, -1, 1.5, "hello", b"raw", None, True, False, 1, "red",
              0.25, 20, "Hello", [], object.__name__]:
    print(repr(value), "->", literal(value))

# `case True` uses identity; `case 1` uses equality (so True matches 1).
def one(v):
    match v:
        case 1:
            return "equals 1"
        case _:
            return "no"

print(one(True), one(1.0), one("1"))

def capture(v):
    match v:
        case x:
            return "captured %r" % (x,)

print(capture(42), capture("s"))

# A match whose subject matches no case does nothing.
for v in range(3):
    match v:
        case 7:
            print("never")
        case "x":
            print("never")
print("no case matched, nothing happened")

# The subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return 5

match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print("five, subject evaluated", len(calls), "time(s)")

# Equality runs with the subject on the left.
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  %s.__eq__(%r)" % (self.name, other))
        return other == 3

match Loud("subject"):
    case 1:
        print("matched 1")
    case 3:
        print("matched 3")

class Other:
    def __eq__(self, other):
        print("  Other.__eq__ called")
        return NotImplemented

match Other():
    case Color.RED:
        print("red?")
    case _:
        print("reflected comparison falls back to identity: no match")

# Wildcard only: the body always runs.
match [1, 2]:
    case _:
        print("wildcard")

# Value patterns read the name when the case is tried.
class Config:
    mode = "a"

def mode(v):
    match v:
        case Config.mode:
            return "current mode"
        case _:
            return "other mode"

print(mode("a"))
Config.mode = "b"
print(mode("a"), mode("b"))

# Captured names stay bound after the match.
match (1, 2):
    case (first, second):
        pass
print("after:", first, second)
