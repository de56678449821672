class Res:
    opened = 0
    def __init__(self, n): self.n = n
    def __enter__(self):
        Res.opened += 1
        print("open", self.n)
        return self
    def __exit__(self, *exc):
        Res.opened -= 1
        print("close", self.n, exc[0].__name__ if exc[0] else "ok")
        return False
def use(fail):
    with Res(1), Res(2) as r:
        if fail:
            raise RuntimeError("fail in body")
        return r.n
print(use(False), Res.opened)
try:
    use(True)
except RuntimeError as e:
    print("caught", e, Res.opened)
class FailEnter:
    def __enter__(self): raise OSError("cannot enter")
    def __exit__(self, *a): print("never")
try:
    with Res(3), FailEnter():
        print("body")
except OSError as e:
    print("OSError", e, Res.opened)
