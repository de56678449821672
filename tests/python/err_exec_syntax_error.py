# A SyntaxError raised by exec() at run time propagates like any exception.
snippets = ["x = 1", "y = x + 1", "z = (y +", "print('unreachable')"]
ns = {}
for s in snippets:
    print("exec", repr(s))
    exec(s, ns)
