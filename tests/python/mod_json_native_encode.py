# json.dumps without indent: the native encoder and the Python encoder
# write the same text, and what the native one leaves alone still works.
import json, enum, collections

values = [
    None, True, False, 0, -5, 2**70, -(2**64), 1.5, -0.0, 1e300, 5e-324, 0.1 + 0.2, float("inf"), float("nan"),
    "", "plain", 'q"b\\s/\n\r\t\b\f\x00\x1f\x7f', "é中😀\u2028", [], {}, (), [1, [2, [3, []]]], (1, (2,)),
    {"b": 1, "a": [True, None], "c": {"z": 0.5}}, {1: "int", 2.5: "float", True: "t", None: "n", False: "f"},
    {"k": {"k": {"k": "deep"}}}, [{"x": ()}],
]
for v in values:
    for kw in ({}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"sort_keys": True}):
        try:
            print(json.dumps(v, **kw))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

class Color(enum.IntEnum):
    RED = 1
class S(str): pass
class F(float):
    def __repr__(self): return "F!"
print(json.dumps([Color.RED, S("s"), F(2.5), collections.OrderedDict(b=1, a=2)]))
print(json.dumps({"a": 1, "b": 2}, sort_keys=True), json.dumps({2: 1, 1: 2}, sort_keys=True))
for bad in [{1: 1, "a": 2}, {(1, 2): 3}, [float("nan")], {float("inf"): 1}, [object()], [1j]]:
    for kw in ({"sort_keys": True}, {"allow_nan": False}, {}):
        try: print(json.dumps(bad, **kw))
        except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps([object()], default=lambda o: "obj"), json.dumps({"s": {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, (set, frozenset)) else super().default(o)
print(Enc().encode({"s": {3}}), json.dumps([frozenset([1])], cls=Enc))
circular = []
circular.append(circular)
try: json.dumps(circular)
except ValueError as e: print("ValueError", e)
d = {}
d["self"] = d
try: json.dumps(d)
except ValueError as e: print("ValueError", e)
deep = []
for _ in range(300):
    deep = [deep]
print(len(json.dumps(deep)))
try: json.dumps([1], separators=(1, 2))
except TypeError as e: print("TypeError", e)
print(json.dumps(10**5000 if False else 10**100), json.dumps({"big": [2**64, -2**63]}))
try: json.dumps(10**5000)
except ValueError as e: print("ValueError", str(e)[:50])
