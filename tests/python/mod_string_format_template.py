# string: constants, capwords, Template (errors, subclass hooks,
# identifiers) and Formatter (parse, nesting, numbering, conversions).
import string
from string import Formatter, Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   wORLD  again "), string.capwords("a-b-c", "-"))
print(repr(string.capwords("")), string.capwords("x,y", ","))

# Template
t = Template("$who likes ${what}; $$5 costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=3))
print(t.substitute({"who": "ann", "what": "tea"}, price=2, what="coffee"))
print(t.safe_substitute(who="bo"))
print(t.get_identifiers(), t.is_valid(), t.template)
for bad in ["abcd$", "$", "ab\ncd $!", "line1\nline2\n${bad name}", "\n\n$ x",
            "ok $0"]:
    tb = Template(bad)
    try:
        tb.substitute(x=1)
    except ValueError as e:
        print(repr(bad), e)
    print(repr(tb.safe_substitute(x=1)), tb.is_valid(), tb.get_identifiers())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(Template("$a$a${a} $b").get_identifiers())
print(Template("${ä} $é").safe_substitute({"ä": 1}), Template("$ä").is_valid())
print(Template("$Name $NAME").substitute(Name=1, NAME=2))


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+\.[a-z]+"


class Braced(Template):
    braceidpattern = r"[a-z ]+"


class CaseSensitive(Template):
    flags = 0
    idpattern = "[a-z]+"


class Custom(Template):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>[A-Z]+)\] |
      (?P<invalid>)
    )
    """


class Broken(Template):
    pattern = (r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|"
               r"\{(?P<braced>[a-z]+)\}|(?P<invalid>))|(?P<other>!)")


print(Percent("%x costs 100%%").substitute(x="it"))
print(Dotted("$user.name and $user").safe_substitute({"user.name": "ann"}))
print(Braced("${full name} $full").safe_substitute({"full name": "A B", "full": "F"}))
print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))
print(Custom("[name] [[ [ID]").substitute(name="n", ID="i"))
try:
    Custom("x [9").substitute()
except ValueError as e:
    print(e)
try:
    Broken("$a !").substitute(a=1)
except ValueError as e:
    print(e.args[0])
try:
    Broken("!").get_identifiers()
except ValueError as e:
    print(e.args[0])
print(Broken("$a").is_valid())
print(isinstance(Template.pattern.pattern, str), Template.delimiter,
      Template.braceidpattern)

# Formatter
f = Formatter()
print(f.format("{} and {}", 1, "two"), f.format("{1}{0}{1}", "a", "b"))
print(f.format("{name!r:>8}|{0[1]}|{obj.real}", [5, 6], name="x", obj=3 + 4j))
print(f.format("{0:{1}.{2}f}", 3.14159, 8, 2), f.format("{:{}}", "ab", 5))
print(f.format("{{literal}} {0!s} {0!a}", "é"))
print(f.format("{a[key]} {a[0]}", a={"key": "v", 0: "zero"}))
print(f.vformat("{x}-{0}", ("p",), {"x": "q"}))
print(list(f.parse("a{0!r:>3}b{{c}}{x.y[1]}{}")))
print(list(f.parse("")), list(f.parse("plain")))
print(f.get_field("0.imag", [2 + 3j], {}), f.get_field("k[0]", (), {"k": "xy"}))
print(f.get_value(0, ("first",), {}), f.get_value("k", (), {"k": 1}))
print(f.convert_field("s", "r"), f.convert_field(1, None), f.format_field(3.5, "06.2f"))
for spec, args, kwargs in [
        ("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{0!x}", (1,), {}),
        ("{0:{1:{2}}}", (1, 2, 3), {}), ("{", (), {}), ("}", (), {}),
        ("{0!", (1,), {}), ("{0!r", (1,), {}), ("{0!rx}", (1,), {}),
        ("{0:", (1,), {}), ("{a{b}}", (), {}), ("{0[1}", ([1],), {}),
        ("{0.}", (1,), {}), ("{0[]}", ([1],), {}), ("{0[0]x}", ([1],), {}),
        ("{9}", (), {}), ("{missing}", (), {}), ("{.real}", (1,), {}),
        ("{0:{}}", (1, 2), {}), ("{" + "9" * 25 + "}", (), {})]:
    try:
        print(repr(f.format(spec, *args, **kwargs)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(spec), type(e).__name__, e)

# Pieces come out lazily: the first field is seen before the bad brace.
pieces = []
try:
    for piece in f.parse("x{0:>2}y}"):
        pieces.append(piece)
except ValueError as e:
    print(pieces, e)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


s = Strict()
print(s.format("{a} {b!u} {0}", 7, a=1))
try:
    s.format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)
