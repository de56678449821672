# Operators whose right operand is a literal (compiled with the constant in
# the instruction): every type combination must behave as with a variable.


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other)

    def __sub__(self, other):
        return Num(self.v - other)

    def __iadd__(self, other):
        self.v += other * 100
        return self

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return "rmul"

    def __lt__(self, other):
        return f"lt {other!r}"

    def __eq__(self, other):
        return other == 7

    def __repr__(self):
        return f"Num({self.v})"


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


x, f, s, big, neg = 10, 2.5, "ab", 2**70, -3
show("int+", lambda: x + 1)
show("int-", lambda: x - 1)
show("int- neg literal", lambda: x - -1)
show("int*", lambda: x * 3)
show("int* overflow", lambda: (2**61) * 8)
show("int/", lambda: x / 4)
show("int//", lambda: x // 3)
show("neg//", lambda: neg // 2)
show("int%", lambda: neg % 5)
show("int% neg", lambda: x % -3)
show("int/0", lambda: x / 0)
show("int//0", lambda: x // 0)
show("int%0", lambda: x % 0)
show("float+", lambda: f + 1)
show("float*", lambda: f * 0.5)
show("float/0.0", lambda: f / 0.0)
show("float//", lambda: f // 0.75)
show("float%", lambda: -f % 1.0)
show("big+", lambda: big + 1)
show("big-big", lambda: big - 2**70)
show("big*", lambda: big * 2.0)
show("str+", lambda: s + "cd")
show("str*", lambda: s * 3)
show("str%", lambda: "%d-%s" % (1, 2))
show("str% tuple", lambda: s + "%s" % "z")
show("str-", lambda: s - 1)
show("none+", lambda: None + 1)
show("list+", lambda: [1] + [2])
show("list*", lambda: [0] * 3)
show("tuple+", lambda: (1,) + (2, 3))
show("bytes+", lambda: b"a" + b"b")
show("bool+", lambda: True + 1)
show("complex*", lambda: 1j * 2)
show("user+", lambda: Num(1) + 5)
show("user-", lambda: Num(1) - 0.5)
show("user* reflected", lambda: Num(1) * 2)
show("user<", lambda: Num(1) < 3)
show("user==", lambda: Num(1) == 7)
show("user!=", lambda: Num(1) != 7)

# comparisons, alone and at the end of chains, in conditions and as values
for v in [-1, 0, 5, 9, 10, 2.5, 10.0]:
    r = [v < 5, v <= 5, v == 5, v != 5, v > 5, v >= 5, 0 < v < 10, 0 <= v <= 10.0]
    if v < 5:
        kind = "small"
    elif v >= 10:
        kind = "large"
    else:
        kind = "mid"
    print(v, r, kind)
print("a" < "b", "b" <= "a", "x" == "x", (1, 2) < (1, 3), [1] == [1])
show("str<int", lambda: "a" < 1)
show("none>int", lambda: None > 0)
show("list>=int", lambda: [] >= 0)
print(1 == 1.0, 2**70 == 2**70, 0.1 + 0.2 == 0.3, float("nan") != 1.5)

# augmented assignment with literals
i = 0
while i < 10:
    i += 3
print("i", i)
t = 1.5
t *= 4
t -= 0.5
print("t", t)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print("lst", lst, alias is lst)
tup = (1,)
tup += (2,)
print("tup", tup)
word = "x"
word += "y"
word *= 2
print("word", word)
n = Num(1)
n += 2
print("num", n)
try:
    word -= 1
except TypeError as e:
    print("TypeError", e)


def countdown(k):
    out = []
    while k > 0:
        out.append(k % 3)
        k -= 1
    return out


print(countdown(7))
print(sum(j * 2 for j in range(5) if j % 2 == 0))
