from array import array
a = array('i', [1, 2, 3]); a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:3], a.typecode, a.itemsize, a.index(3), a.count(2), 3 in a)
a.reverse(); print(a, a.pop(), a.pop(0), a); a.remove(3); print(a.tolist())
b = array('d', [1.5, 2.5]); print(b, b * 2, b + array('d', [3.0]), b.tobytes(), array('d', b.tobytes()))
c = array('b'); c.frombytes(b'\x01\x02\xff'); print(c, array('B', b'\x01\xff'), array('u', 'hi'), array('u', 'hi').tounicode())
h = array('H', [1, 2]); h.byteswap(); print(h, array('q', [2**62]), array('f', [0.1])[0], array('l', range(5)).buffer_info()[1])
for bad in [lambda: array('b', [200]), lambda: array('x'), lambda: array('i', [1.5]), lambda: array('i').pop(), lambda: array('i', [1]).index(5), lambda: array('B', [-1]), lambda: array('i') + array('d')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
s = array('i', [5, 3, 9]); s[1] = 7; del s[0]; print(s, sorted(s), sum(s), max(s), array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) < array('i', [2]))
s[0:1] = array('i', [8, 8]); print(s, list(iter(s)), repr(array('d')), str(array('b', [1])))
