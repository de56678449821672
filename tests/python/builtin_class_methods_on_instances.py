print({}.fromkeys([1, 2]), dict.fromkeys("ab", 0), b"".fromhex("4142"), bytearray.fromhex("41"), bytes.maketrans(b"a", b"b")[97])
print((1.0).fromhex("0x1p1"), float.fromhex("0x1p2"), (5).from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01", "little"))
try:
    {}.fromkeys(1)
except TypeError as e:
    print(e)
