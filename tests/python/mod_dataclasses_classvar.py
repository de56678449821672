# dataclasses: ClassVar annotations are not fields, astuple recurses into
# tuples, the positional-count error of __init__, replace with InitVar.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    kind: ClassVar = "point"


p = Point(1, 2)
print(p, [f.name for f in fields(p)], list(Point.__dataclass_fields__))
print(Point.count, Point.kind, asdict(p), astuple(p), Point.__match_args__)
print(replace(p, y=5), p == Point(1, 2))
try:
    Point(1, 2, [], 3)
except TypeError as e:
    print(e)


@dataclass
class Line:
    a: Point
    b: Point
    extra: list


line = Line(Point(0), Point(3, 4, ["t"]), [Point(5), (1, 2)])
print(astuple(line))
print(asdict(line))
print(astuple(line, tuple_factory=list))


@dataclass
class Exact:
    a: int
    b: int


try:
    Exact(1, 2, 3)
except TypeError as e:
    print(e)


@dataclass
class Scaled:
    v: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.v *= factor


s = Scaled(2, 10)
print(s, replace(s, factor=3))
try:
    replace(s, v=1)
except ValueError as e:
    print(e)

try:
    @dataclass
    class Bad:
        c: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
