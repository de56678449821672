counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def f():
    x = "local"
    def g():
        nonlocal x
        x = "changed"
    g()
    return x
print(f())
def shadow():
    print(len("abc"))
    len = None
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def uses_global():
    return counter * 2
print(uses_global())
x = "module"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(C.y, C().m())
