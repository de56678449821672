# Exact TypeErrors for builtins and methods called with wrong arguments.
calls = [
    "len()", "len(1, 2)", "abs()", "abs(1, 2)", "isinstance(1)", "getattr(1)", "setattr(1, 'a')",
    "divmod(1)", "pow(1)", "round()", "ord()", "chr()", "hash()", "iter()", "next()", "sorted()",
    "sum()", "repr()", "callable()", "zip(1, 2)", "enumerate()", "range(1, 2, 3, 4)",
    "'x'.split(1)", "'x'.join()", "'x'.replace('a')", "'x'.startswith()", "'x'.upper(1)",
    "[].append()", "[].insert(1)", "[].index()", "{}.get()", "{}.pop()", "{}.setdefault()", "set().add()",
    "(1).to_bytes(1, 'big', 1, 2)", "int.from_bytes()", "dict.fromkeys()", "str.maketrans()",
    "print(end=1)", "max(1, 2, key=1)", "min([1], default=1, bogus=2)", "sorted([1], 2)", "open()" if False else "vars(1, 2)",
    "'{}'.format(**{1: 2})", "divmod(1, 2, 3)", "globals(1)", "dir(1, 2)", "reversed()", "slice()",
]
for c in calls:
    try:
        r = eval(c)
        print("%-28s => %r" % (c, r))
    except Exception as e:
        print("%-28s %s: %s" % (c, type(e).__name__, e))
