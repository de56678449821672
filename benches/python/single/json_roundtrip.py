# json: dumps and loads of generated nested documents (dicts, lists, str
# with escapes and non-ASCII, ints, floats, bools, None), with indent,
# sort_keys and compact separators, checking each round trip.
import json

DOCS = 800
ITEMS = 40


def make_doc(k):
    seed = k * 7919 + 1
    items = []
    for i in range(ITEMS):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        items.append({
            "id": k * 1000 + i,
            "name": "item-%d \"q\" \u00e9\u4e2d\n" % (seed % 1000),
            "price": (seed % 100000) / 100.0,
            "tags": ["t%d" % (seed % (j + 3)) for j in range(seed % 5)],
            "ok": seed % 3 == 0,
            "parent": None if seed % 4 else i - 1,
            "dims": {"w": seed % 17, "h": seed % 23, "scale": 1.0 / (1 + seed % 9)},
        })
    return {"doc": k, "title": "Document %d" % k, "items": items, "meta": {"version": [1, 2, k % 5], "empty": {}, "none": []}}


total = 0
chars = 0
checksum = 0
for k in range(DOCS):
    doc = make_doc(k)
    compact = json.dumps(doc, separators=(",", ":"))
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    ascii_off = json.dumps(doc, ensure_ascii=False)
    back = json.loads(compact)
    assert back == doc
    assert json.loads(pretty) == doc
    assert json.loads(ascii_off) == doc
    total += len(back["items"])
    chars += len(compact) + len(pretty) + len(ascii_off)
    checksum = (checksum * 31 + sum(len(i["name"]) + i["dims"]["w"] for i in back["items"])) % 1000000007
print("items", total, "chars", chars, "checksum", checksum)
print(json.dumps(make_doc(3)["items"][0], sort_keys=True))
print(json.dumps({"a": [1, 2.5, None, True], "b": {}}, indent=1))
