# String building: join, concatenation, f-strings, str methods.
N = 900_000
def main():
    parts = []
    for i in range(N):
        parts.append(f"item{i}:{i % 7}")
    s = ",".join(parts)
    acc = ""
    for i in range(20000):
        acc += str(i % 10)
    up = 0
    for p in parts[:50000]:
        if p.upper().startswith("ITEM1"):
            up += len(p.split(":")[0])
    print(len(s), len(acc), up, s[:20])
main()
