# string's constants and capwords.
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(set(string.printable) == set(string.digits + string.ascii_letters + string.punctuation + string.whitespace))
print(repr(string.capwords("  hello   big\tworld ")), repr(string.capwords("a-b c-d", "-")), repr(string.capwords("")))
