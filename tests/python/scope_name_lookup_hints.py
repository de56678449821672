# Module-level and global names are looked up through remembered dict
# entries; every way the namespace can change under them must still be
# seen: rebinding, deletion and re-creation, shadowing a builtin, writes
# through globals(), and one code object run in several namespaces.
total = 0
for i in range(5):
    total += i          # load and store of one global, again and again
print(total)

del total
try:
    total
except NameError as e:
    print("NameError:", e)
total = 100
print(total)

# a builtin, then a global that shadows it, then the builtin again
results = []
for step in range(3):
    results.append(len("abc"))
    if step == 0:
        len = lambda s: -1
    elif step == 1:
        del len
print(results)

g = globals()
for i in range(3):
    g["counter"] = i * 10
    print(counter)


def bump():
    global hits
    hits += 1


hits = 0
for _ in range(4):
    bump()
print(hits)
del hits
try:
    bump()
except NameError as e:
    print("NameError:", e)

code = compile("y = x * 2\nx = x + 1", "<ns>", "exec")
spaces = [{"x": 1}, {"x": 10, "pad": 0}, {"a": 0, "b": 1, "x": 5}]
for _ in range(2):
    for ns in spaces:
        exec(code, ns)
print([(ns["x"], ns["y"]) for ns in spaces])


# many names: the namespace dict is resized while entries are remembered
for k in range(50):
    g["name%d" % k] = k
print(name0 + name49, name25)
