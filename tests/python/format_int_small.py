# Format specs applied to ints that fit a machine word (a fast path) and
# to big ones must agree: every type code, sign, alternate form, width,
# fill, alignment, zero padding and grouping.
vals = [0, 1, -1, 7, -7, 255, -255, 1000000, -1234567, 2**62 - 1, -2**62, 2**63, -2**63 - 5, 10**25, True, False]
specs = ["", "d", "5d", "<6", "^7", ">8", "=+9", "+", "-", " ", "03d", "08", "#b", "b", "#o", "o", "#x", "x",
         "#X", "X", ",", "_", "_x", "_b", "012,", "#010x", "*^12,", "e", ".2f", "%", "g", "n"]
for v in vals:
    print(v, "|".join(format(v, s) for s in specs))
for v in [65, 0x263a, 97]:
    print(format(v, "c"), format(v, "^5c"))
for bad in [".2d", "z", "c", ",b", "q"]:
    try:
        format(-3 if bad == "c" else 5, bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(f"{12:03d}/{-5:+04}/{255:#06x}/{1234567:,}")
