# Exception classes nested in a class are shown by their qualified name.
class Parser:
    class ParseError(Exception):
        pass
    def parse(self, text):
        if not text.startswith("("):
            raise Parser.ParseError("expected '(' at position 0, got %r" % text[:1])
        return text.strip("()")
p = Parser()
print(p.parse("(ok)"))
p.parse("oops")
