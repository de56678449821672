# format() builtin and __format__ delegation; str.format field syntax.
print(format(3.5), format(3.5, ""), format(42, "x"), format("s", ">3"), format(True), format(True, "d"))
print(format(1234.5, ",.1f"), format(0.25, ".1%"), format(10 ** 10, "_"), format(-42, "=+8"))
print(format(None), format([1, 2]), format((1,)), format(3 + 4j))
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        if spec == "cents":
            return "%d cents" % self.cents
        return format(self.cents / 100, spec)
    def __str__(self): return "Money(%d)" % self.cents
m = Money(12345)
print(format(m), format(m, "cents"), format(m, ".1f"), f"{m}", "{}".format(m), "{:>10.2f}".format(m), str(m))
class NoFormat:
    def __str__(self): return "nf-str"
print(format(NoFormat()), "{}".format(NoFormat()), f"{NoFormat()!s:>8}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
data = {"name": "Zed", "vals": [10, 20]}
class Obj:
    attr = "attribute"
    items = {"k": "v"}
print("{0} {1} {0}".format("a", "b"), "{} {}".format(1, 2), "{x}-{y}".format(x=1, y=2))
print("{0[name]} {0[vals][1]} {1.attr} {1.items[k]}".format(data, Obj()))
print("{!r:>8}|{!s:<6}|{!a}".format("ab", 12, "ü"), "{:{}}|".format("w", 5), "{:{fill}^{w}}".format("c", fill="-", w=7))
print("{{}} {{{}}}".format("in braces"), "{0:{1}.{2}f}".format(3.14159, 8, 2))
for fmt, args, kw in [("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{x}", (), {}), ("{0.missing}", (1,), {}),
                      ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{!x}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{name} has {n:03d}".format_map({"name": "X", "n": 7}))
print(str.format("{} and {}", "this", "that"), "%s".__mod__("mod"))
