# list methods and the errors they raise.
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.index(9, 0, 6), l.count(1), l.count(7))
for args in [(7,), (1, 4), (3, 1, 0)]:
    try:
        l.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
l.remove(1)
print(l)
try:
    l.remove(100)
except ValueError as e:
    print(type(e).__name__, e)
print(l.pop(), l.pop(0), l.pop(-2), l)
for idx in [10, -10]:
    try:
        l.pop(idx)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
l.insert(0, "a"); l.insert(100, "z"); l.insert(-1, "y"); l.insert(-100, "first")
print(l)
l.extend(range(2)); l.extend("hi"); l.append([7])
print(l, len(l))
c = l.copy()
c.clear()
print(c, len(l))
l2 = [1, 2, 3]
l2.reverse()
print(l2, l2 * 2, 0 * l2, l2 + [4])
try:
    l2[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l2[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    l2 + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), [1, 2] == [1, 2], [1] != [1.0])
x = [1, 2]
x.append(x)
print(x, len(x), x[2][2][0])
print([[]] * 3, [None] * 2, [1, [2, [3, [4]]]])
