import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30))
print(textwrap.fill(s, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world! This is long", width=12), textwrap.shorten("Hi there", 20), textwrap.shorten("abc def ghi", 9, placeholder='..'))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\n  y")), repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n\nb", "+", lambda line: True)))
print(textwrap.wrap("a-very-long-hyphenated-word-here", 10), textwrap.wrap("supercalifragilistic", 6), textwrap.wrap("x", 5), textwrap.wrap("", 5))
print(textwrap.wrap("tab\there and  two", 8, expand_tabs=True), textwrap.wrap("one two three", 7, break_long_words=False))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder=' ...'); print(w.wrap(s))
print(textwrap.fill("Sentence one.  Sentence two.", 40, fix_sentence_endings=True))
try: textwrap.wrap("abc", 0)
except ValueError as e: print(e)
