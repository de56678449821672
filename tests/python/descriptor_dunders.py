# The built-in descriptors answer __get__ / __set__ / __delete__ as Python
# methods (member descriptors of __slots__, staticmethod, classmethod,
# property), and a member descriptor its __name__, __qualname__ and
# __objclass__.
class P:
    __slots__ = ("x",)
    @property
    def v(self): return 5
    def m(self): return 7
    @staticmethod
    def s(): return 1
    @classmethod
    def c(cls): return cls.__name__
p = P()
P.x.__set__(p, 3)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.x.__delete__(p)
print(hasattr(p, "x"))
print(P.__dict__["v"].__get__(p, P), P.__dict__["m"].__get__(p, P)(), P.__dict__["s"].__get__(p, P)(), P.__dict__["c"].__get__(p, P)())
print(P.x.__name__, P.x.__objclass__)
def f(*a): return a
sm, cm = staticmethod(f), classmethod(f)
print(sm.__get__(None, P) is f, sm.__get__(p)(1), cm.__get__(None, P)(2), cm.__get__(p)(3), cm.__get__(p, None)(4))
print(P.x.__qualname__, P.x.__doc__, P.x.__get__(p) if hasattr(p, "x") else "unset")
try:
    P.x.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
try:
    P.x.__get__(p)
except AttributeError as e:
    print("AttributeError:", e)


class Q:
    @property
    def v(self):
        return 1


q = Q()
print(Q.v.__get__(q), Q.v.__get__(q, Q), Q.v.__get__(None, Q) is Q.v)
for args in [(None,), (None, None)]:
    try:
        Q.v.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
