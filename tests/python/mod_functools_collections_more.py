from functools import cached_property, singledispatch
from collections import ChainMap
class Circle:
    calls = 0
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        Circle.calls += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, Circle.calls, "area" in c.__dict__, type(Circle.__dict__["area"]).__name__)
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int " + str(x)
@show.register
def _(x: list):
    return "list of " + str(len(x))
print(show(5), show([1, 2]), show("s"), show(True), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "")
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, cm.get("x", 0))
cm["color"] = "blue"
print(env, defaults, cm.maps[0] is env, dict(cm.new_child({"a": 1}).items()) == {"a": 1, "user": "admin", "color": "blue"})
try:
    cm["missing"]
except KeyError as e:
    print("KeyError", e)
