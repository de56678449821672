# Indexing, slicing and iterating strings with non-ASCII code points.
s = "añb€c😀d"
print(len(s), s[1], s[3], s[5], s[-1], s[-2])
print(s[1:4], s[::2], s[::-1], s[5:], s[:-3])
print([c for c in s], list(map(ord, s)))
print(s.index("€"), s.find("😀"), s.find("x"), s.count("b"), s.rfind("d"))
print(s.upper(), "€" in s, "😀d" in s)
print(chr(8364), chr(128512), ord("ñ"), hex(ord("😀")))
print("\u00e9" == "é", "\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}", "\x41\101")
print(repr("tab\there"), repr("nl\n"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\\"))
print(repr("é😀"), ascii("é😀"), repr("\x00\x7f\x80\u200b"))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
t = "日本語テキスト"
print(t[2:5], len(t), t.split("テ"), t.replace("本", "!"))
print(sorted("cbaé€"), max("abcé"), min("ñandu"))
print("ß".upper(), "ß".lower(), "ΣΑΣ".lower(), "ﬀ".upper())
w = "naïve café"
print(w.title(), w.split(), w.encode("utf-8")[:6])
print("".join(reversed("abc€")), "€" * 3, "|".join("ab€"))
print(s[100:], s[-100:2], s[2:1], s[::-3])
