# Compile-time errors of match statements, as CPython 3.11 reports them.

sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (y):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case y as z:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case 1 | (_):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case P(a, b=a):\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a, b] | [a]:\n        pass\n",
    "match x:\n    case [a, (a | b)]:\n        pass\n",
    "match x:\n    case [a, *b, *c]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case {1: _, 1: _}:\n        pass\n",
    "match x:\n    case {None: _, None: _}:\n        pass\n",
    "match x:\n    case {1: _, True: _}:\n        pass\n",
    "match x:\n    case {0: _, 0.0: _}:\n        pass\n",
    "match x:\n    case {-0.5: _, 'x': _, -0.5: _}:\n        pass\n",
    "match x:\n    case P(a=1, a=2):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    # Allowed: an irrefutable pattern with a guard, or last.
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1:\n        pass\n    case y:\n        pass\n",
    "match x:\n    case [_, _] | [_]:\n        pass\n",
    "match x:\n    case [a, b] | [b, a]:\n        pass\n",
]

for source in sources:
    try:
        exec(source, {"x": 0})
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.args[0])

# `match` and `case` stay usable as names.
match = [1, 2]
case = {"k": "v"}
print(match, case)
match match:
    case [1, case]:
        print("soft keywords:", case)
