# and/or return operands; evaluation short-circuits.
log = []
def v(x):
    log.append(x)
    return x
print(v(0) and v(1), log); log.clear()
print(v(2) and v(3), log); log.clear()
print(v(0) or v("") or v([]), log); log.clear()
print(v(None) or v(7) or v(8), log); log.clear()
print(v(1) and v(0) or v(5), log); log.clear()
print(not v([]), not v([0]), log); log.clear()
class T:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        log.append("bool%s" % self.b)
        return self.b
    def __repr__(self):
        return "T(%s)" % self.b
print(T(True) and T(False), log); log.clear()
print(T(False) or T(True), log); log.clear()
print(T(False) and T(True), log); log.clear()
if T(True) and T(True):
    print("both", log); log.clear()
class L:
    def __len__(self):
        log.append("len")
        return 0
print(bool(L()), L() or "empty", log); log.clear()
print(all(v(x) for x in [1, 2, 0, 3]), log); log.clear()
print(any(v(x) for x in [0, 0, 4, 5]), log); log.clear()
x = 0
r = x != 0 and 10 / x > 1
print(r)
print([] or {} or () or "last", "" and 1)
print(1 < v(2) < v(0) < v(9), log); log.clear()
class Bad:
    def __bool__(self):
        return 2
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
