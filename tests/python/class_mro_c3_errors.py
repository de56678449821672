# C3 linearization in various hierarchies and inconsistent MRO errors.
def mro(c):
    return [k.__name__ for k in c.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in (K1, K2, K3, Z):
    print(k.__name__, mro(k))
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    def who(self): return "Left"
class Right:
    def who(self): return "Right"
    def only_right(self): return "only right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().who(), Both2().who(), Both().only_right(), mro(Both))
print(Z.mro() == list(Z.__mro__), [b.__name__ for b in Z.__bases__], Z.__base__.__name__)
print(issubclass(Z, O), issubclass(Z, (int, E)), isinstance(Z(), K3), issubclass(bool, object))
print(mro(bool), mro(object), mro(type))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(mro(WithMeta), type(WithMeta).__name__, mro(type(WithMeta)))
