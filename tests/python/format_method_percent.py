print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}: {n:>4}".format(name="k", n=7))
print("{0[1]} {0[key]}".format({"key": "v", 1: "one"}) if False else "{0[1]} {1[key]}".format([0, "one"], {"key": "v"}))
print("{:.2%} {:+.1e} {:08.3f} {:^9} {:x>4}".format(0.1234, 12345.678, -3.14159, "mid", 1))
print("%d items cost %.2f (%s) %r %x %o %e %c" % (3, 9.5, "ok", "q", 255, 8, 1234.5, 65))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%-6s|%6s|" % ("l", "r"), "%5.1f%%" % 99.44)
for bad in [lambda: "{}{}".format(1), lambda: "{0}{}".format(1, 2), lambda: "%d" % "x", lambda: "%s %s" % (1,)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
