print(True + True, True * 10, False - 1, sum([True, False, True]), True / 2, int(True), float(False))
print(True == 1, False == 0, True is not 1 if False else "skip", isinstance(True, int), hash(True) == hash(1))
print({True: "a", 1: "b"}, [1, 2, 3][True], True & False, True | False, True ^ True, ~True)
print(str(True), repr(False), f"{True}", f"{True:d}", "%d" % True, bool("False"), max(True, 0.5))
