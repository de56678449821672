def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{c}{n}" for c, n in out)
def unrle(s):
    out, num = "", ""
    for ch in s:
        if ch.isdigit(): num += ch
        else:
            if out and num: pass
            out, num = out, num
            out += ch if not num else ""
    return out
print(rle("aaabccddddd"), rle(""), rle("abc"))
