name, value, width = "pi", 3.14159265, 10
print(f"{name}={value:.3f}", f"{name!r:>8}", f"{value:{width}.{2}f}|", f"{{literal}}", f"{value=:.2f}")
print(f"{'nested ' + f'{1 + 1}'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{3:03d}-{255:#x}-{0.5:%}")
print(f"{name:^10}|{name:*<6}|{-42:+d}|{1234567:,}|{1234567:_}", f"{'q'!s}{'q'!a}")
x = 5
print(f"{x if x > 3 else 0}", f"{x*2 = }", f"{(lambda: 7)()}", f"{'multi'}" f"{'part'}")
print(f"{'é'!a}", f"{10:b}", f"{1e-7:g}", f"{12345.6789:e}", f"{3.0:g}")
