# %-formatting of floats (f, e, g, #, widths, huge precisions) and format() precision limits.
vals = [0.0, -0.0, 1.0, -1.5, 123456.789, 1e-7, 1e22, 0.000123456, 9.9999, 5e-324, 1.7976931348623157e308, float('inf'), float('nan'), 2.5, 0.5]
fmts = ['%f', '%.0f', '%#.0f', '%e', '%.0e', '%#.0e', '%E', '%g', '%.0g', '%#g', '%#.0g', '%G', '%.3g', '%#.3g', '%10.2f', '%-10.3e', '%+g', '% g', '%010.3f', '%.20g', '%.17e', '%.70000f', '%.1100e', '%#.30g']
for v in vals:
    out = []
    for f in fmts:
        r = f % v
        out.append(r if len(r) < 80 else (len(r), r[:20], r[-20:]))
    print(out)
for v in [1.0, 1j]:
    for s in ['.70000f', '.1100e', '.70000g', '#.70000g', '.2147483648f']:
        try:
            r = format(v, s); print(len(r), r[:30], r[-30:])
        except ValueError as e:
            print(e)
