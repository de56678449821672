# compile(): the exec, eval and single modes, bytes with a coding cookie, argument errors, and
# the SyntaxError it raises (args, attributes, str, symbol-table errors with args == (msg,)).
code = compile("1+1", "<s>", "single")
exec(code)
exec(compile("None", "<s>", "single"))
exec(compile("x = 5\n", "<s>", "single"))
exec(compile("if 1:\n  'a'\n  'b'\n", "<s>", "single"))
print(_)
try:
    compile("1\n2\n", "<s>", "single")
except SyntaxError as e:
    print(e.msg, e.lineno)
print(eval(compile("1+1","f","exec")), exec(compile("1+1","f","eval")))
c = compile(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f", "exec")
ns = {}
exec(c, ns); print(len(ns["x"]), ns["x"] == "\xe9")
for bad in [(1, "f", "exec"), ("1", "f", "bad"), ("x\0", "f", "exec"), ("1", 5, "exec")]:
    try:
        compile(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    compile("1")
except TypeError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    compile("1", "f", "exec", flags=0x1000000)
    print("flags ok")
except Exception as e:
    print(type(e).__name__, e)
print(compile("a+b", "f.py", "eval").co_filename, compile(source="1", filename="g", mode="eval").co_name)
import sys
def hook(v): print("hooked", v)
sys.displayhook = hook
exec(compile("42", "<s>", "single"))
e = None
try:
    compile("x = (1,\ny = 2\n", "/some/dir/file.py", "exec")
except SyntaxError as err:
    e = err
print(e, repr(e), e.args)
print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.msg)
try:
    compile("def f(x, x): pass", "t.py", "exec")
except SyntaxError as err:
    print(err, err.args, err.lineno, err.offset, err.text, err.end_offset)
s = SyntaxError("m", ("/a/b.py", 3, 2, None))
print(s, s.filename, s.lineno, s.offset, s.text, s.end_lineno)
print(str(SyntaxError()), str(SyntaxError("only")), IndentationError("x", ("f", 1, 1, "t", 1, 2)))
e2 = SyntaxError("a", ("f", 1, 2, "t", 1, 3)); e2.lineno = 9; print(e2)
