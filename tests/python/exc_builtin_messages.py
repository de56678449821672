# Exact messages of common built-in exceptions.
cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.5 / 0", "2.0 // 0.0", "5 % 0.0", "divmod(3, 0)",
    "[1, 2][5]", "(1,)[-3]", "'abc'[10]", "{}['missing']", "{'a': 1}[('t', 1)]",
    "int('1.5')", "float('x1')", "[].pop()", "[1].index(2)", "'abc'.index('z')",
    "len(5)", "abs('x')", "sum(['a', 'b'])", "'a' + 1", "1 + 'a'", "[1] * 'x'", "None + 1",
    "undefined_name", "(1).foo", "iter(5)", "next(iter([]))", "int([])", "ord('ab')", "chr(-1)",
    "chr(0x110000)", "{}.fromkeys(1)", "[1, 2, 3][1:2:0]", "list(1)", "tuple(None)", "set([[]])",
    "'x' * -1 + 1", "dict(1)", "hex(1.5)", "round('1')", "min()", "max([])", "sorted(1)",
    "zip(1)", "reversed(5)", "bytes('a')", "object() < object()", "complex('x')",
    "'%d' % 'x'", "'%s %s' % 1", "'{}'.format()", "'{0}{1}'.format(1)", "format(1, 'q')",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "=>", repr(r))
    except Exception as e:
        print("%-22s %s: %s" % (c, type(e).__name__, e))
