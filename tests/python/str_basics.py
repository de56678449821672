s = "Hello, Wörld! ünïcödé"
print(len(s), s[7], s[-1], s[::-1], s[2:9:2], s.upper(), s.lower())
print("ab" * 3, "a" + "b", "x" in "xyz", "xy" not in "xyz", ord("ö"), chr(252))
print(repr("it's"), repr('say "hi"'), repr("tab\tnew\nline"), repr("\x00\x7f"), ascii("ö€"))
print("%s is %d years and %.2f%%" % ("Bob", 30, 99.5), "%5s|%-5s|%05d" % ("a", "b", 42))
print("a,b,,c".split(","), "a b  c".split(), "  pad  ".strip(), "x".join("abc"), "abc".replace("b", "B"))
print(str(1), str(1.5), str([1, "a"]), str(None), str(True), str((1,)), str({}))
