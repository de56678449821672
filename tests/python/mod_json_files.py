import json, io, os
data = {"users": [{"name": "Ann", "age": 31, "langs": ["py", "rs"]}, {"name": "Bo", "age": None, "langs": []}], "count": 2, "ratio": 0.5}
path = '_weft_mod_json_files.json'
with open(path, 'w') as f:
    json.dump(data, f, indent=4, sort_keys=True)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    print(json.load(f) == data)
os.remove(path)
buf = io.StringIO(); json.dump([1, {"a": "b"}], buf, separators=(',', ':')); print(buf.getvalue())
print(json.loads('{"a": {"b": [1, {"c": null}]}}')['a']['b'][1], json.loads('[]'), json.loads('{}'), json.loads('"\\u00e9"'), json.loads('1e3'), json.loads('-0'), json.loads('0.5'))
print(json.dumps([1.0, 2.5e-10, 1e22, 123456789.123456789, -1.5]), json.dumps(True), json.dumps(None), json.dumps('a\u2028b'))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=2, separators=(',', ' = ')))
print(json.dumps([[[]]], indent=2), json.dumps({"k": []}, indent=2))
for bad in ['{"a":1', '[1,]', 'tru', '{"a" "b"}', '[1 2]', '"abc', '{1: 2}', 'nul', '[01]', '1.']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), e.msg, e.pos)
c = [1]; c.append(c)
try: json.dumps(c)
except ValueError as e: print(e)
print(json.dumps({'b': 1, 'a': 2}), json.dumps(dict(b=1, a=2), sort_keys=True), json.dumps([('t', 1)]), json.dumps(12.0), json.dumps(-0.0))
