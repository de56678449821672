class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return "origin"
        case Pt(x=0, y=y): return f"on y axis at {y}"
        case Pt(x, 0): return f"on x axis at {x}"
        case Pt(x, y) if x == y: return "diagonal"
        case {"x": x, "y": y, **rest}: return f"dict point {x},{y} extra={sorted(rest)}"
        case (x, y): return f"tuple {x},{y}"
        case int(n) | float(n): return f"number {n}"
        case str() as s: return f"string {s}"
        case _: return "other"
for v in [Pt(0, 0), Pt(0, 5), Pt(3, 0), Pt(2, 2), Pt(1, 2), {"x": 1, "y": 2, "z": 3}, (4, 5), 7, 2.5, "hi", None]:
    print(where(v))
