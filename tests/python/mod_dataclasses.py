from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5), Point(y=3, x=4))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, x):
        self.items.append(x); self.count += 1
inv = Inventory("box"); inv.add("pen"); other = Inventory("bag")
print(inv, other, inv.count, [f.name for f in fields(inv)])
print(asdict(inv), astuple(Point(3, 4)), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4))
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print(e)
print(Point.__hash__ is None, {Version(1): "v"}[Version(1)])
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1), [f.name for f in fields(Child)])
match Point(1, 7):
    case Point(1, y):
        print("matched y =", y)
