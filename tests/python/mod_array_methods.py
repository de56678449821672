# array: methods, slicing, operators, comparisons, repr
from array import array
a = array('i', [1, 2, 3])
tests = [lambda: a.pop(10), lambda: array('i').pop(), lambda: a.index(9), lambda: a.remove(9), lambda: a[5], lambda: a.__setitem__(5, 1),
 lambda: a.__setitem__(slice(0, 1), [1]), lambda: a.__setitem__(slice(0, 1), array('d', [1.0])), lambda: a + [1], lambda: a + array('d'),
 lambda: a.extend(array('d')), lambda: a.extend(5), lambda: a.frombytes('x'), lambda: a.frombytes(b'123'), lambda: a['x'], lambda: hash(a), lambda: a < [1],
 lambda: a.fromlist((1,)), lambda: a.fromlist([1, 'x']), lambda: a.insert('x', 1), lambda: a * 'x', lambda: a.__delitem__(7), lambda: a.index(1, 'x'),
 lambda: a.tounicode(), lambda: array('u', 'ab').fromunicode(5), lambda: a.fromunicode('x'), lambda: a.__setitem__(0, 2.5)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(a)
a.fromlist([4, 5]); print(a, a.itemsize, a.typecode, a.buffer_info()[1])
b = array('i', [1,2,3,4,5,6]); b[1:3] = array('i', [9]); print(b); del b[::2]; print(b)
try:
    b[::2] = array('i', [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
b = array('i', [9, 5, 6, 7])
print(b * 2, 2 * b, b[::-1], b[1:2], list(reversed(b)), 7 in b, b.count(7), b[-1], b[0])
c = b; c += array('i', [1]); print(c is b, b); c *= 2; print(b)
print(array('d', [1.5]) < array('d', [2.0]), array('b', [1, 2]) < array('b', [1, 3]), array('b') == array('h'), array('b', [1]) != array('b', [1]))
print(array('i', [1]) == [1], a.tolist(), array('u', 'hé').tounicode(), array('h', [1, -2]).tobytes(), array('d', [1.0]).tobytes())
print(array('q', [-1]).tobytes(), array('f', [1.5]).tobytes(), array('I', [1]).itemsize, array('l').itemsize, array('u').itemsize)
x = array('h'); x.frombytes(b'\x01\x00\xff\xff'); print(x)
print(array('b', range(5)), array('B', b'ab'), array('d', (1, 2)), array('f', [1e300, -1e300]), array('i', array('h', [1, 2])))
x = array('i', [3, 1, 2]); x.reverse(); print(x); x.insert(0, 9); x.insert(-1, 8); x.insert(100, 7); print(x, x.pop(), x.pop(0), x.pop(-2), x)
print(x.index(1), len(x), [v for v in x])
import array as m
print(m.typecodes, m.ArrayType is m.array, repr(array('u')), str(array('d', [0.1])))
y = array('H', [1, 258]); y.byteswap(); print(y)
print(array('i', [5, 6, 5]).index(5, 1), array('b', [1, 2, 3]) >= array('b', [1, 2]))
