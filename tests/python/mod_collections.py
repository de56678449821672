from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); print(d, len(d), d.popleft(), d.pop(), list(d))
d.rotate(1); print(d, 3 in d, d[0])
q = deque(); q.extend("abc"); print(q, q.popleft())
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], len(dd), sorted(dd.items()), "z" in dd)
ci = defaultdict(int); ci["x"] += 5; print(ci)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zz"], c.total(), sorted(c.elements())[:4])
c.update("aaz"); print(c.most_common(1), (Counter("ab") + Counter("bc")))
od = OrderedDict([("x", 1), ("y", 2)]); od["z"] = 3; od.move_to_end("x"); print(od, list(od), od.popitem())
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], list(p), p == P(1, 2), p._asdict(), p._replace(x=9), P._fields, len(p))
x, y = p
print(x + y, sorted([P(2, 1), P(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
