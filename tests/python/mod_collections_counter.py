from collections import Counter, OrderedDict, defaultdict, ChainMap, namedtuple
words = 'the quick brown fox jumps over the lazy dog the end'.split()
c = Counter(words)
print(c.most_common(3), c['the'], c['missing'], len(c), sum(c.values()), c.total())
c2 = Counter({'a': 3, 'b': -1}); print(+c2, -c2, c2 + Counter(a=1), c2 - Counter(a=5), sorted(c2.elements()))
c3 = Counter(a=2, b=1); c3.update(['a', 'c']); c3.subtract(b=2); print(c3, c3 == Counter(a=3, b=-1, c=1), dict(c3))
del c3['c']; print(c3, Counter('aab') <= Counter('aabb') if hasattr(Counter, '__le__') else '', list(Counter('zyx')))
od = OrderedDict()
for k in 'bca': od[k] = ord(k)
od.move_to_end('b'); od.move_to_end('a', last=False); print(list(od.items()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(int)
for w in words: dd[len(w)] += 1
print(sorted(dd.items()), dd[99], 99 in dd)
nested = defaultdict(lambda: defaultdict(list)); nested['x']['y'].append(1); print(dict(nested['x']), repr(defaultdict(int))[:24])
base = {'colour': 'red', 'size': 'M'}; over = {'colour': 'blue'}
cm = ChainMap(over, base); print(cm['colour'], cm['size'], list(cm.keys()), dict(cm), cm.maps[0] is over)
cm['new'] = 1; print(over, 'new' in base); child = cm.new_child(); child['colour'] = 'green'; print(child['colour'], cm['colour'], len(child))
P = namedtuple('P', ['x', 'y'], rename=False); Q = namedtuple('Q', 'a, def, _c', rename=True)
print(P(1, y=2), Q._fields, P._field_defaults, P(3, 4) == (3, 4), P(*range(2)), P._make('ab'), hash(P(1, 2)) == hash((1, 2)))
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: namedtuple('B', 'class'), lambda: namedtuple('B', '_x'), lambda: namedtuple('1B', 'x')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
