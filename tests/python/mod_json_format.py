import json
data = {"b": [1, 2.5, None, True, False], "a": {"x": "h\u00e9\n\"q\"", "y": []}, "c": {}, "d": 1e100, "e": -0.0, 3: "int key"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"k": [1, 2]}, indent=0))
print(json.dumps({2: 1, 1: 2}, sort_keys=True), json.dumps({True: 1, None: 2, 1.5: 3}))
print(json.dumps("\u2603\x00\x1f"), json.dumps("\u2603", ensure_ascii=False), json.dumps(float("inf")), json.dumps(float("nan")))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
for bad in [lambda: json.dumps(P(1)), lambda: json.dumps(float("inf"), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.loads("{bad}"), lambda: json.loads("[1, 2"), lambda: json.loads(""), lambda: json.loads('{"a": 1,}'), lambda: json.loads("[1] x"), lambda: json.loads('"\\x"')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
s = '{"a": [1, 2.0, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"], "b": {"c": 1.5E-3}}'
o = json.loads(s); print(o)
print(json.loads("NaN"), json.loads("-Infinity"), json.loads(" 12 "), json.loads('"\\n\\t\\/"'), json.loads(b'[1]'))
print(json.loads(s, object_hook=lambda d: sorted(d)), json.loads('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('[["a", 1]]', object_pairs_hook=None), json.loads('{"a": 1, "a": 2}'), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
import io
f = io.StringIO(); json.dump({"z": [1, {"y": 2}]}, f, indent=1, sort_keys=True); print(f.getvalue())
f.seek(0); print(json.load(f))
e = json.JSONEncoder(indent=2, sort_keys=True); print(e.encode({"b": 1, "a": [1]}), list(e.iterencode([1, 2]))[:3])
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
d = json.JSONDecoder(); print(d.decode('{"x": [1]}'), d.raw_decode('[1, 2] tail'))
try: json.loads('{"a" 1}')
except json.JSONDecodeError as err: print(err.msg, err.pos, err.lineno, err.colno)
print(json.dumps(12345678901234567890), json.dumps(1.1), json.dumps(0.1 + 0.2), json.dumps(1e16), json.dumps(-5))
print(json.dumps("a", indent=2), json.dumps([{"a": [], "b": {}}], indent=2))
