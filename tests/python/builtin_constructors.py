# Constructors of builtin types called in different ways.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(int("7"), int(7.9), int(-7.9), float("2.5e3"), float(7), str(7), bool("False"), bool(""), bool([0]), complex(1, 2))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1}), list({"a": 1}.values()), list(b"AB"))
print(tuple([1, 2]), tuple("xy"), tuple(x for x in range(2)), tuple({5: 6}.items()))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])), dict([("k", 1), ("k", 2)]))
print(sorted(set("hello")), sorted(set([3, 1, 3])), sorted(frozenset("aab")), set(range(3)), set({"a": 1}) == {"a"})
print(bytes(2), bytes([1, 2]), bytes("é", "utf-8"), bytes(b"x"), bytearray(2), bytearray(b"ab"), bytearray([65]))
print(slice(3), slice(1, 2), slice(1, 2, 3), range(3), range(1, 3), range(1, 10, 4))
print(object().__class__.__name__, type(object()) is object, complex("1+2j"), complex(2), complex(real=1, imag=-1))
print(int.__call__("12"), list.__new__(list), str.__new__(str, "x"), type(dict.fromkeys("a")).__name__)
for bad in [lambda: list(1, 2), lambda: dict(1), lambda: tuple(5), lambda: set(1), lambda: int(1, 2, 3),
            lambda: float(1, 2), lambda: str(1, 2, 3, 4), lambda: bool(1, 2), lambda: object(1), lambda: list(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xff", "ascii", "replace"), str(object=5), int(x="10", base=2) if False else int("10", base=2))
print(float("  -12.5  "), int("  42\n"), bool(None), bool(0.0), bool(-0.0), bool("0"), bool(float("nan")))
print(list(list([1])), tuple(tuple((1,))), set(set([1])), dict(dict(a=1)), str(str("s")))
print(type(list()) is list, list is type([]), isinstance(list, type))
