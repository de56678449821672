class C(dict):
    def __eq__(s, o): return NotImplemented
print(dict.__eq__({"a": 1}, C(a=1)), {"a": 1} == C(a=1), C(a=1) == {"a": 1})
class L(list):
    def __eq__(s, o): return NotImplemented
print(L([1]) == [1], [1] == L([1]), L([1]) != [1])
from collections import Counter
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
class V:
    def __hash__(self): return 7259214263138621417
print(hash(V()))
class W:
    def __hash__(self): return -1
print(hash(W()))
class X:
    def __hash__(self): return 2**70
print(hash(X()))
class M:
    __reversed__ = None
    def __len__(s): return 0
    def __getitem__(s, i): raise IndexError
try:
    reversed(M())
except TypeError as e:
    print(e)
class S(str):
    def __eq__(s, o): return NotImplemented
    __hash__ = str.__hash__
print(S("a") == "a", "a" == S("a"))
