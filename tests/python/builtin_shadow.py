# A builtin found through the globals-absent shortcut must give way to a
# global of the same name as soon as one is defined, in module code and
# in functions, and again to the builtin when the global is deleted.
def use_len(x):
    return len(x)

out = []
for i in range(6):
    out.append(len("abc"))
    out.append(use_len([1, 2]))
    if i == 2:
        len = lambda x: -1
    if i == 4:
        del len
print(out)

# Another module's globals running the same code: exec with two dicts.
code = compile("r = abs(-3)", "<s>", "exec")
g1 = {}
g2 = {"abs": lambda x: "shadow"}
for _ in range(3):
    exec(code, g1)
    exec(code, g2)
print(g1["r"], g2["r"])

# globals() written directly, and a builtin name added through it.
def probe():
    return max(1, 2)
res = [probe() for _ in range(3)]
globals()["max"] = min
res.append(probe())
del globals()["max"]
res.append(probe())
print(res)

# builtins module itself changed: a new builtin and a removed one.
import builtins
def newb():
    return brand_new()
try:
    newb()
except NameError as e:
    print("NameError", e)
builtins.brand_new = lambda: "new"
print(newb(), newb())
del builtins.brand_new
try:
    newb()
except NameError as e:
    print("NameError", e)
