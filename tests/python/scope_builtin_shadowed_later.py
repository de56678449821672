# A module-level loop reads builtins' names, and globals of the same names
# appear, change and go away in the middle: every read sees the name where
# it is at that moment (globals first, then builtins).
out = []
for i in range(6):
    out.append(len("abc"))
    if i == 1:
        def len(x):
            return -1
    if i == 3:
        del len
    if i == 4:
        globals()["len"] = lambda x: 99
print(out, len("ab"))


def reads_global():
    return abs(-5), min(3, 4)


print(reads_global())
abs = lambda x: "shadowed"
print(reads_global())
del abs
print(reads_global())
exec("min = max", globals())
print(reads_global())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
undefined_name = 1
print(undefined_name)
