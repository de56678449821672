# compile() of invalid sources: SyntaxError classes, messages and line numbers (CPython 3.11 parser).
sources = [
    "1 +",
    "x = (1, 2",
    "if True\n    pass",
    "def f():\nreturn 1",
    "  x = 1",
    "a = 'abc",
    "break",
    "continue",
    "return 5",
    "yield 1",
    "def f(x, x): pass",
    "f(x for x in y, 1)",
    "f(**k, *a)",
    "f(a=1, 2)",
    "def f(a=1, b): pass",
    "x = 1 = 2",
    "None = 1",
    "del f()",
    "[x for x in range(3)] = 1",
    "lambda: (yield)",
    "class C:\n  nonlocal x",
    "def f():\n  global x\n  x = 1\n  nonlocal x",
    "a b",
    "print 'hello'",
    "1 if 2",
    "x := 5",
    "f'{'",
    "f'{}'",
    "0777",
    "1__0",
    "'\\N{NOT A REAL NAME}'",
    "try:\n  pass",
    "else: pass",
    "match x:\n  case 1 + 1:\n    pass",
    "(a, b) += 1",
    "import",
    "from x import",
    "async = 1",
    "def f(*): pass",
    "x = [1, 2,, 3]",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled OK")
    except SyntaxError as e:
        print(repr(src)[:34].ljust(34), type(e).__name__, "|", e.msg, "| line", e.lineno)
