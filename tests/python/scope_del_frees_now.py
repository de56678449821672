# `del name` lets the object go at once, even when earlier expressions of
# the same scope had it in temporaries.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


a = Noisy("a")
print(a is a, [a, a][1] is a, (a, 1)[0].name)
del a
print("after del a")


def f():
    b = Noisy("b")
    print(b.name, {0: b}[0] is b)
    del b
    print("after del b")


f()
