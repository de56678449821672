data = [{"n": "b", "a": 3}, {"n": "a", "a": 3}, {"n": "c", "a": 1}]
print([d["n"] for d in sorted(data, key=lambda d: (d["a"], d["n"]))])
print([d["n"] for d in sorted(data, key=lambda d: (-d["a"], d["n"]))])
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([-3, 2, -1], key=abs))
print(sorted("Hello World", key=str.lower)[:5], max(["aa", "b", "ccc"], key=len), min(data, key=lambda d: d["a"])["n"])
fns = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fns], (lambda *a, **k: (a, k))(1, b=2))
