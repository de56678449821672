class Empty:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Truthy()), not Empty(), "yes" if Truthy() else "no")
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
d = {Key("A"): 1}
print(d[Key("a")], Key("x") in {Key("X")}, len({Key("b"), Key("B")}))
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
