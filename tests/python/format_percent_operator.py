# printf-style % formatting.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c%c" % (72, "i", 33), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7}, "%(x)s %(x)r" % {"x": "s"})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s %s" % ("a", "b"), "%s" % "single", "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%d" % 3.99, "%x" % 10, "%i" % True, "%s" % None, "%.3s" % True)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", (1,)), ("%z", 1),
                  ("%(missing)s", {"k": 1}), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%s|%d|%x|%c" % (b"bytes", 5, 255, 65))
print("%-6s|%6s|" % ("left", "right"), "%08.3f" % -3.5, "%+.1e" % 12345)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%.15g" % 0.1, "%.17g" % 0.1)
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]}, "%r" % "q'uote")
