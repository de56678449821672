# textwrap: hyphen and em-dash breaking, long words, sentence endings,
# max_lines with placeholders, whitespace options, dedent/indent, errors.
import textwrap
from textwrap import TextWrapper, dedent, fill, indent, shorten, wrap

text = ("The well-known co-operative re-entry of a-b-c-d and x-ray "
        "spectro-photo-meters--with em--dashes -- spaced ones, and "
        "e-mail addresses like foo-bar@baz-qux.org or --flags and 2-3-4 "
        "ranges; a--b, 'quoted'--\"again\", end.")
for width in (5, 8, 11, 14, 17, 23, 30):
    print(width, wrap(text, width))
    print(width, wrap(text, width, break_on_hyphens=False))
print(wrap("supercalifragilisticexpialidocious", 10))
print(wrap("supercalifragilisticexpialidocious", 10, break_long_words=False))
print(wrap("a-very-long-hyphenated-compound-word-here", 12))
print(wrap("----------dashes-only-after----------", 8))
print(wrap("abc-defghijklmnop", 6))
print(wrap("x" * 12 + " tail", 5, initial_indent="> ", subsequent_indent="... "))

# Sentence endings need a lowercase letter before the mark.
sentences = 'He said "stop." Then left! Why? Dr. Who. A.B. ok. "Q?" done.'
print(wrap(sentences, 20, fix_sentence_endings=True))
print(fill(sentences, 200, fix_sentence_endings=True))

# Whitespace handling.
messy = "alpha\tbeta\n gamma\r\ndelta\x0bepsilon\x0czeta  eta\u00a0theta"
print(wrap(messy, 12))
print(wrap(messy, 12, expand_tabs=False))
print(wrap(messy, 12, replace_whitespace=False))
print(wrap(messy, 12, drop_whitespace=False))
print(wrap("\tindented tab", 20, tabsize=4))
print(wrap("   leading and trailing   ", 10))
print(wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(wrap("", 10), wrap("    ", 10), wrap("    ", 10, drop_whitespace=False))

# max_lines and the placeholder.
words = "one two three four five six seven eight nine ten eleven twelve"
for lines in (1, 2, 3, 4, 10):
    print(lines, wrap(words, 15, max_lines=lines))
print(wrap(words, 15, max_lines=2, placeholder="~"))
print(wrap(words, 15, max_lines=2, placeholder=" (more)",
           subsequent_indent="  "))
print(wrap("aaaaaaaaaaaaaaaaaaaa bbb", 10, max_lines=1, placeholder="..."))
print(wrap("short one", 9, max_lines=1))
print(wrap("short one ", 9, max_lines=1, drop_whitespace=False))
print(shorten("Hello  world!", 12))
print(shorten("Hello  world!", 11))
print(shorten("  lots   of\n\tspace   here  ", 40))
print(shorten("The quick brown fox jumps over the lazy dog", 25,
              placeholder=" ..."))
print(repr(shorten("", 5)))

# Errors.
for kwargs in ({"width": 0}, {"width": -3},
               {"width": 5, "max_lines": 1, "placeholder": " [......]"},
               {"width": 6, "max_lines": 2, "subsequent_indent": "    ",
                "placeholder": "..."}):
    try:
        wrap("some words here", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    shorten("some text", 3)
except ValueError as e:
    print(e)

# The attributes can change between calls.
w = TextWrapper(width=10)
print(w.fill("change the width later"))
w.width = 6
w.initial_indent = "* "
print(w.fill("change the width later"))
print(w.width, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings,
      w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.tabsize,
      w.max_lines, repr(w.placeholder))

# dedent and indent.
print(repr(dedent("    a\n      b\n    c\n")))
print(repr(dedent("  a\n\tb\n")))
print(repr(dedent("\t  a\n\t  b\n\t c")))
print(repr(dedent("    a\n    \n  \t\n      b")))
print(repr(dedent("  x\r\n  y\r\n")))
print(repr(dedent("no indent\n  here")))
print(repr(dedent("")), repr(dedent("   ")), repr(dedent("\n\n")))
print(repr(indent("a\n\nb\r\nc  \n   \n", "> ")))
print(repr(indent("a\n\nb\n", "+", lambda line: True)))
print(repr(indent("keep\nskip\n", "# ", lambda line: "k" in line)))
print(textwrap.__all__)
