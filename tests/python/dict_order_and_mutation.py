d = {}
for k in "zyxw":
    d[k] = ord(k)
print(list(d), list(d.keys())[0])
del d["y"]
d["y"] = 0
print(list(d.items()))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested["a"]["b"]["c"][2], nested)
print({1: "int", 1.0: "float", True: "bool"})
