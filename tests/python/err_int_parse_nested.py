# Uncaught ValueError from int() deep in a call chain.
def parse_field(s):
    return int(s)
def parse_row(row):
    return [parse_field(f) for f in row.split(",")]
def parse_all(text):
    out = []
    for line in text.splitlines():
        out.append(parse_row(line))
        print("parsed", out[-1])
    return out
parse_all("1,2,3\n4,5,6\n7,abc,9\n10,11,12")
print("never printed")
