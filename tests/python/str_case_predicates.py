# Case conversion and character-class predicates, including non-ASCII.
words = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's", "ß straße", "ǅemal", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
tests = ["abc", "ABC", "Abc Def", "123", "١٢٣", "½", "²", "a1", " \t\n", "", "_id9", "9id", "é", "Ünïcode", "x y"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print("\x07".isprintable(), "tab\t".isprintable(), "class".isidentifier(), "ñ".isidentifier())
print("İ".lower(), len("İ".lower()), "ﬁ".upper(), "ῼ".lower())
print("hello"[0].upper() + "hello"[1:], "-".join(w.capitalize() for w in "a-b-c".split("-")))
print("MiXeD".lower() == "mixed".lower(), "Straße".casefold() == "STRASSE".casefold())
