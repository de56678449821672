# f-strings: nested format specs, conversions, = debugging, escaping.
width, prec = 10, 3
x = 3.14159265
name = "Ann"
print(f"[{x:{width}.{prec}f}]", f"[{x:<{width}.2}]", f"[{name:^{width}}]", f"[{name:*>{width - 4}}]")
print(f"{name!r} {name!s} {'é'!a} {name!r:>8} {[1, 'a']!s}")
print(f"{x=}", f"{x = :.2f}", f"{name=!r}", f"{1 + 2=}", f"{width * 2 = }")
print(f"{{literal braces}} {{{name}}} {'{'}")
fmt = ">6"
print(f"[{42:{fmt}}]", f"[{42:{'0'}{8}}]", f"[{255:#{'x'}}]")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{int(n):,d}", f"{n:e}", f"{n:.3g}", f"{0.000123:%}", f"{0.5:.0%}")
print(f"{-5:+}", f"{5:+}", f"{5: }", f"{-5:=8}", f"{5:08.3f}", f"{-0.0:z.1f}" if False else "")
items = {"a": 1}
print(f"{items['a']}", f"{items}", f"{len(items)}", f"{'nested ' + f'{name}'}")
print(f"{x!r:.5}" if False else f"{'abcdef':.3}", f"{12:b}", f"{12:o}", f"{12:X}", f"{65:c}")
print(f"{3 if x > 3 else 4}", f"{(lambda v: v * 2)(5)}", f"{[i for i in range(3)]}")
val = 7
print(f"{val:>{val}}", f"{val:{val}d}|")
class W:
    def __format__(self, spec): return "W(" + spec + ")"
    def __repr__(self): return "W-repr"
    def __str__(self): return "W-str"
w = W()
print(f"{w}", f"{w:abc}", f"{w!r}", f"{w!s}", f"{w:{width}}")
print(f"""multi
{name}
line""")
print(f"{'tab':\t>6}" if False else f"{'q':>3}", f'{"dq"}', f"{name}" f"{width}" "plain")
print(f"{x:.{prec}}", f"{x:{''}>{width}}", f"{True:d}", f"{None!r}")
