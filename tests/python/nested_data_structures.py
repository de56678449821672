db = {"users": [{"id": 1, "name": "ann", "tags": {"admin", "dev"}},
                {"id": 2, "name": "bob", "tags": {"dev"}}],
      "meta": {"version": (1, 2), "count": 2}}
print(db["users"][1]["name"], sorted(db["users"][0]["tags"]), db["meta"]["version"][1])
devs = [u["name"] for u in db["users"] if "dev" in u["tags"]]
print(devs, {u["id"]: u["name"] for u in db["users"]}, len(str(db["meta"])))
db["users"].append({"id": 3, "name": "cy", "tags": set()})
db["meta"]["count"] += 1
print(db["meta"], [len(u["tags"]) for u in db["users"]])
tree = ("root", [("a", []), ("b", [("c", [])])])
def walk(node, depth=0):
    name, kids = node
    print("  " * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)
