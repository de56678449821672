class T(dict):
    def __missing__(self, k): return 'X'
print('ab'.translate(T()), 'ab'.translate(T({97: 'A'})))
class U(dict):
    def __missing__(self, k): raise KeyError(k)
print('ab'.translate(U({98: None})))
class L:
    def __getitem__(self, k):
        if k == 97: return 'Z'
        raise IndexError(k)
print('abc'.translate(L()), 'abc'.translate({99: 100}))
