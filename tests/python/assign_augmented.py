x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
lst = [1]; alias = lst; lst += [2]; lst *= 2; print(alias, alias is lst)
t = (1,); orig = t; t += (2,); print(t, orig)
f = 1.5; f /= 2; f -= 0.25; print(f)
st = {1}; st |= {2}; st &= {2, 3}; print(st)
d = {"a": 1}; d |= {"b": 2}; print(d)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x); return self
acc = Acc(); ref = acc; acc += 5; acc += 6; print(ref.items, ref is acc)
counts = {"k": 0}
counts["k"] += 10
obj = type("O", (), {"n": 1})()
obj.n += 1
print(counts, obj.n)
