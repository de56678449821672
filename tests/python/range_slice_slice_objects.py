# slice objects: construction, indices(), __getitem__ receiving slices.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print(slice(-100, 100).indices(5), slice(10, -10, -2).indices(6))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1], rec[1:2], rec[::3], rec[:], rec[1:2, 3], rec[..., 1], rec["a":"b"], rec[::], rec[:, :])
print(type(rec[1:2]).__name__, rec[1:2:3].step, rec[-1:], rec[None:None])
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return Seq([self.data[i] for i in range(start, stop, step)])
        return self.data[key]
    def __repr__(self): return "Seq(%r)" % (self.data,)
q = Seq(list("abcdefg"))
print(q[2], q[1:5], q[::-2], q[-3:], q[5:1], list(q))
l = list(range(10))
sl = slice(2, 8, 3)
print(l[sl], l[slice(None, None, -4)], "abcdef"[slice(1, -1)])
l[sl] = ["X", "Y"]
print(l)
del l[slice(0, 3)]
print(l)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[slice(1, 2, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)
