people = [("ann", "nyc", 30), ("bob", "la", 25), ("cy", "nyc", 35), ("di", "sf", 28), ("ed", "la", 40)]
by_city = {}
for name, city, age in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
ages = {name: age for name, _, age in people}
print({k: v for k, v in ages.items() if v >= 30}, max(ages, key=ages.get), sorted(ages.values()))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, dict(sorted(ages.items(), key=lambda kv: kv[1])[:2]))
counts = {}
for _, city, _ in people:
    counts[city] = counts.get(city, 0) + 1
print(counts, sum(counts.values()), list(counts.keys())[::-1])
