import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 4
for w in (20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill("Hello world, this is a test of the fill function in textwrap", width=15, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.shorten("Hello  world!   How are you today?", width=20), "|", textwrap.shorten("Hi there", 20))
print(repr(textwrap.dedent("""
    def f():
        return 1
    \t
    x = 2
""")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
print(textwrap.wrap("one\ttwo  three\nfour", 8), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("a b c d e f g h i j k l m n o p", width=9, max_lines=2))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
