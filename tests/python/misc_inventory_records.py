# Record processing: parsing, grouping, aggregating, sorting, formatted report.
raw = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
B200,Gadget,tools,3,10.00
C300,Apple,food,50,0.40
D400,Bread,food,0,2.20
E500,Hammer,tools,7,15.75
F600,Cheese,food,9,6.10
G700,Lamp,home,2,23.00"""
header, *lines = raw.splitlines()
fields = header.split(",")
records = []
for line in lines:
    rec = dict(zip(fields, line.split(",")))
    rec["qty"] = int(rec["qty"])
    rec["price"] = float(rec["price"])
    records.append(rec)
by_cat = {}
for r in records:
    by_cat.setdefault(r["category"], []).append(r)
print("%-6s %5s %9s %s" % ("cat", "items", "value", "skus"))
for cat in sorted(by_cat):
    rs = by_cat[cat]
    value = sum(r["qty"] * r["price"] for r in rs)
    print("%-6s %5d %9.2f %s" % (cat, len(rs), value, ",".join(r["sku"] for r in rs)))
out_of_stock = [r["name"] for r in records if r["qty"] == 0]
low = sorted((r for r in records if 0 < r["qty"] < 5), key=lambda r: r["qty"])
print("out of stock:", out_of_stock)
print("low stock:", [(r["name"], r["qty"]) for r in low])
top = sorted(records, key=lambda r: (-r["qty"] * r["price"], r["name"]))[:3]
for i, r in enumerate(top, 1):
    print(f"{i}. {r['name']:<8}{r['qty'] * r['price']:>8.2f}")
total = sum(r["qty"] * r["price"] for r in records)
print(f"total inventory value: {total:,.2f}")
price_bands = {}
for r in records:
    band = "cheap" if r["price"] < 5 else "mid" if r["price"] < 15 else "premium"
    price_bands[band] = price_bands.get(band, 0) + 1
print(sorted(price_bands.items()))
print(max(records, key=lambda r: r["price"])["name"], min(records, key=lambda r: r["price"])["name"])
