# array: every typecode through tobytes/frombytes, limits, float32 rounding
from array import array

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for code, (lo, hi) in limits.items():
    a = array(code, [lo, 0, hi])
    data = a.tobytes()
    b = array(code)
    b.frombytes(data)
    print(code, a.itemsize, len(data), b == a, b.tolist(), data.hex())
for code in 'fd':
    a = array(code, [0.1, -2.5, 1e10, float('inf')])
    b = array(code, a.tobytes())
    print(code, a, b == a, a.tobytes().hex())
u = array('u', 'añ😀')
print(u, u.tobytes().hex(), array('u', u.tobytes()), len(u), u[2], u.itemsize)
s = array('d')
for i in range(100):
    s.append(i / 4)
print(sum(s), s[10:13], len(s), s.count(2.5), s.index(2.5))
c = array('b', [1, 2])
c.extend(range(3, 6))
c.extend(array('b', [6]))
print(c, c.tolist(), list(c), tuple(c), sorted(c, reverse=True))
class Idx:
    def __index__(self):
        return 7
print(array('i', [Idx()]), array('i', [True, False]))
