# Keys of equal hash: found by the runtime's own == (ints, floats, bools,
# strs) or by a user __eq__, which may print, raise or change the container.


class Key:
    def __init__(self, name, hash_value=7):
        self.name = name
        self.hash_value = hash_value

    def __hash__(self):
        return self.hash_value

    def __eq__(self, other):
        print("  eq", self.name, "vs", getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


d = {}
d[1] = "int"
d[1.0] = "float replaces, key stays"
d[True] = "bool too"
print(d)
d["a"] = 1
d["a" + ""] = 2
print(d)

print("user keys")
d = {7: "seven"}
d[Key("x")] = 1           # hash 7, compared with 7 by Key.__eq__ (reflected)
d[Key("x")] = 2           # equal to the first Key
d[Key("y")] = 3
print(sorted((repr(k), v) for k, v in d.items()))

s = {7, 14}
s.add(Key("x"))
s.add(Key("x"))
s.discard(Key("x"))
s.discard(Key("z"))
print(sorted(map(repr, s)))
s.add(7.0)
s.discard(7.0)
print(sorted(map(repr, s)))


class Raising(Key):
    __hash__ = Key.__hash__

    def __eq__(self, other):
        raise ValueError("no comparing " + self.name)


d = {Key("a"): 1}
try:
    d[Raising("b")] = 2
except ValueError as e:
    print("raised:", e)
print(len(d))
s = {Key("a")}
try:
    s.add(Raising("b"))
except ValueError as e:
    print("raised:", e)
try:
    s.discard(Raising("c"))
except ValueError as e:
    print("raised:", e)
print(len(s))


class Mutating(Key):
    __hash__ = Key.__hash__

    def __eq__(self, other):
        print("  mutating eq")
        box.clear()
        return False


box = {Key("a"): 1}
box[Mutating("m")] = 2
print(sorted(repr(k) for k in box))
