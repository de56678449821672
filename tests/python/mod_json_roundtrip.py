import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}, "uni": "é✓"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps({1: "a", True: "b"}))
back = json.loads(s)
print(back == data, back["nested"]["x"][1]["y"], json.loads('[1.5e3, -2, "a\\nb\\u00e9", true, null, {}]'))
for bad in ['{"a": 1,}', '[1 2]', '', '{"a" 1}', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
