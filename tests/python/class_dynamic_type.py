def init(self, v): self.v = v
Point = type("Point", (object,), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt"})
p = Point(21)
print(p.double(), Point.kind, type(p).__name__, isinstance(p, Point))
Child = type("Child", (Point,), {"kind": "child"})
c = Child(1)
print(c.double(), c.kind, [k.__name__ for k in Child.__mro__], type(Point), type(type))
print(type(1) is int, type("") is str, isinstance(Point, type))
