# RecursionError raised through special methods is catchable and recoverable.
class SelfRepr:
    def __repr__(self): return "SelfRepr(" + repr(self) + ")"
class SelfGetattr:
    def __getattr__(self, name): return self.missing_too
class SelfEq:
    def __eq__(self, other): return self == other
class DeepStr:
    def __str__(self): return str(self)
for label, thunk in [("repr", lambda: repr(SelfRepr())), ("getattr", lambda: SelfGetattr().x),
                     ("eq", lambda: SelfEq() == 1), ("str", lambda: str(DeepStr())),
                     ("format", lambda: "%s" % DeepStr())]:
    try:
        thunk()
        print(label, "no error?")
    except RecursionError as e:
        print(label, type(e).__name__)
def count(n):
    return count(n + 1)
try:
    count(0)
except RecursionError:
    print("plain recursion caught")
print("still running", sum(range(10)))
def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)
print(safe_depth(500))
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError:
    print("repr of deeply nested list: RecursionError")
a = []
b = []
for _ in range(100000):
    a, b = [a], [b]
try:
    print(a == b)
except RecursionError:
    print("compare of deeply nested lists: RecursionError")
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError:
    print("str of deeply nested dict: RecursionError")
import sys
print(sys.getrecursionlimit())
