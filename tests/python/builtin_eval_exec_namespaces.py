# eval/exec with explicit namespaces; globals() and locals().
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}), eval(" 5 "))
g = {"n": 10}
exec("m = n * 2\ndef f(k):\n    return k + m\nres = f(1)", g)
print(g["m"], g["res"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
print(eval("len('abc')"), eval("abs(-3)", {}), eval("[i * i for i in range(4)]"))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name_q")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(exec("1 + 1"), eval("None"))
code = compile("v * 3", "<expr>", "eval")
print(eval(code, {"v": 4}), type(code).__name__, code.co_filename)
top = "module level"
print(globals()["top"], "top" in globals(), globals() is globals(), __name__)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
def modify_globals():
    globals()["injected"] = "via globals()"
modify_globals()
print(injected)
def exec_in_function():
    ns = {}
    exec("z = 5", globals(), ns)
    return ns["z"]
print(exec_in_function())
class K:
    exec("inside = 'class body exec'")
    keys = sorted(k for k in locals() if not k.startswith("__"))
print(K.inside, K.keys)
expr = "a if a > b else b"
print([eval(expr, {"a": a, "b": b}) for a, b in [(1, 2), (5, 3)]])
print(eval("lambda q: q + 1")(1), eval("(1, 2)")[1], eval("{'k': [1, 2]}")["k"])
exec("import sys as _s\nprint('exec import ok', _s.maxsize > 0)")
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
