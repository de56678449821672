# json nesting depth: 800 levels work both ways (one recursion frame per
# level, as in CPython); far deeper input raises RecursionError.
import json

def nested_list(n):
    top = []
    inner = top
    for _ in range(n - 1):
        inner.append([])
        inner = inner[0]
    return top

for n in (1, 2, 800):
    text = json.dumps(nested_list(n))
    print(n, len(text), json.loads(text) == nested_list(n))
    obj_text = '{"k": ' * (n - 1) + '{}' + '}' * (n - 1)
    back = json.loads(obj_text)
    print(n, json.dumps(back) == obj_text, len(json.dumps(back, indent=1)))

for label, action in [
        ('loads array', lambda: json.loads('[' * 20000 + ']' * 20000)),
        ('loads object', lambda: json.loads('{"a":' * 20000 + '1' + '}' * 20000)),
        ('dumps', lambda: json.dumps(nested_list(20000))),
        ('dumps indent', lambda: json.dumps(nested_list(20000), indent=2))]:
    try:
        action()
    except RecursionError:
        print(label, 'RecursionError')
