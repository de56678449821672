print(int("42"), int(4.9), float("3.5"), float(2), str(3.0), bool(""), bool("0"), bool(0.0), bool([0]))
print(list("abc"), tuple([1, 2]), set([1, 1, 2]), dict([("a", 1)]), frozenset("aa"), list(range(3)))
print(chr(97), ord("A"), ascii("é"), repr(1.0), bytes([65, 66]), bytes("hé", "utf-8"), bytearray(2), list(b"hi"))
print(str(b"x"), bytes(3), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), int.from_bytes(b"\x00\x10", "big"))
print(type(1), type("s"), type([]), type(None), type(type), type(print).__name__, type(len) is type(abs))
for bad in [lambda: int("x"), lambda: float("y"), lambda: chr(-1), lambda: ord("ab"), lambda: list(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
