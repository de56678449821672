from collections import defaultdict, Counter, OrderedDict, namedtuple
d = defaultdict(list); d["a"].append(1); d["b"]
print(d, isinstance(d, dict), dict(d), len(d), d.default_factory)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], isinstance(c, dict), c.total(), sorted(c.elements())[:4])
print(c + Counter("aaz"), c - Counter("aaaa"), Counter(a=3) | Counter(a=1, b=2), Counter(a=3) & Counter(a=1, b=2))
o = OrderedDict(a=1, b=2); o.move_to_end("a"); print(o, o.popitem(), o == OrderedDict(b=2), list(o.keys()))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], isinstance(p, tuple), p._asdict(), p._replace(x=5), P._make([3, 4]), p == (1, 2), hash(p) == hash((1, 2)), P._fields)
x, y = p; print(x + y, len(p), sorted([P(2, 1), P(1, 2)]))
try:
    p.x = 5
except AttributeError as e: print("AttributeError")
try:
    P(1)
except TypeError as e: print(e)
import json; print(json.dumps({"p": p, "c": c}))
