from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, InitVar, make_dataclass, KW_ONLY
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1); p.tags.append('a'); print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2))
print([f.name for f in fields(p)], [f.default for f in fields(Point)][1], asdict(p), astuple(p), replace(p, y=5))
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = 'z'
v = V(1)
try: v.a = 2
except FrozenInstanceError as e: print('FrozenInstanceError', e)
print(sorted([V(2), V(1, 'b'), V(1, 'a')]), V(1) < V(2), hash(V(1)) == hash(V(1)), {V(1): 1}[V(1)])
@dataclass
class Nested:
    p: Point
    vs: list
print(asdict(Nested(Point(1, 2), [V(3)])))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    c: int = field(default=0, repr=False, compare=False)
    def __post_init__(self): self.b = self.a * 2
w = WithPost(3); print(w, w.b, WithPost(3, c=1) == WithPost(3, c=2))
@dataclass
class Init:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.a *= scale
print(Init(2, 5), is_dataclass(Init), is_dataclass(Init(1)), is_dataclass(int))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, [], 3), [f.name for f in fields(Child)])
@dataclass(repr=False)
class NoRepr:
    a: int
print(type(repr(NoRepr(1))).__name__, '__eq__' in NoRepr.__dict__, '__repr__' in NoRepr.__dict__)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
print(KW(1, b=3))
try: Point()
except TypeError as e: print(e)
D = make_dataclass('D', [('x', int), ('y', int, field(default=4))]); print(D(1))
@dataclass(slots=True)
class Sl:
    a: int
print(Sl(1), Sl.__slots__)
print(Point.__dataclass_fields__['y'].default, Point.__match_args__)
