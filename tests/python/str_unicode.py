s = "naïve café — 日本語 🐍"
print(len(s), s.upper(), s.title(), s[6:10], s[-1], s.encode("utf-8")[:8], len(s.encode("utf-8")))
print([ord(c) for c in "é日🐍"], chr(0x1F40D), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}" if False else "α")
print("straße".upper(), "İ".lower() == "i̇", "ß".casefold(), "ǅ".istitle(), "Ⅻ".isnumeric(), "٣".isdigit(), "٣".isdecimal())
print(sorted("cába"), "é" > "e", max("αβγ"), "日本" in s, s.find("日"), s.split(" ")[1])
print(repr("é\u200b"), ascii("naïve"), "a\u0301" == "á", len("a\u0301"))
