# str() and f-strings of ints that fit a machine word take a fast path:
# signs, zero, the edges of the inline range and past it, bools, and int
# subclasses with their own __str__ / __format__ must all read as before.
import sys
vals = [0, 1, -1, 9, 10, -10, 99, 100, 12345, -987654321, 2**31, -2**31,
        2**62 - 1, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30, -10**30]
for v in vals:
    print(str(v), f"{v}", f"<{v}>", repr(v) == str(v))
print(str(True), str(False), f"{True}{False}")
class MyInt(int):
    def __str__(self):
        return "my" + int.__str__(self)
    def __format__(self, spec):
        return "fmt" + spec
m = MyInt(5)
print(str(m), f"{m}", f"{m:x}")
class Plain(int):
    pass
print(str(Plain(-42)), f"{Plain(7)}")
print(str(sys.maxsize), f"{-sys.maxsize - 1}")
print("".join(str(i) for i in range(-12, 13)))
print(len(str(2**100)), str(-0), str(int("-0")))
# split and rsplit on a one-character separator take a byte search.
for s in ["a,b,,c,", ",", "", "no sep here", "é,ü,,ß", "x,y,z"]:
    print(s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0), s.split(",", -1))
print("a:b:c".split(":", 5), "a:b:c".rsplit(":", 5), "ab".split("b"), "😀,😀".split(","))
