class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
print(abs(I(-3)), abs(F(-1.5)), abs(C(3,4)), round(F(2.567), 2), round(I(15), -1), pow(I(2), 10), pow(I(2), 10, 7))
print(hex(I(255)), oct(I(8)), bin(I(5)), [1,2,3][I(1)], "abc"[I(2)], range(I(3)), chr(I(65)), divmod(F(7.5), 2))
print(S("a") * 3, S("x").join(["1","2"]), "{}".format(S("q")), f"{I(5):03d}", "%d %s" % (I(4), S("z")), int(S("12")), float(S("1.5")))
print(I(5).bit_length(), F(2.5).is_integer(), S("abc").upper(), C(1,2).conjugate(), I(3) < F(3.5), sorted([I(3), 1, F(2.0)]))
print(isinstance(I(1), int), I(1) == True, {I(1): "one"}[1], hash(S("k")) == hash("k"), max(S("a"), "b"))
