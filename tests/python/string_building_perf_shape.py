parts = []
for i in range(200):
    parts.append(f"{i:03d}")
s = "".join(parts)
print(len(s), s[:12], s[-6:])
acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word[0].upper() + word[1:] + " "
print(acc.strip(), acc.count(" "), "-".join(acc.split()))
lines = ["%-6s|%4d" % (w, len(w)) for w in ["a", "bb", "ccc"]]
print("\n".join(lines))
print("".join(chr(ord("a") + i) for i in range(26)), "x".join(str(i) for i in range(5)))
