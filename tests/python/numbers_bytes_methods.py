print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), (10).as_integer_ratio(), (0.75).as_integer_ratio())
print((1.5).hex(), (-5).bit_count(), (255).bit_length(), True.bit_length(), (-1).to_bytes(2, "little", signed=True))
print((3.0).is_integer(), (3.5).is_integer(), (0.1).as_integer_ratio(), round(2.675, 2), round(0.125, 2), round(1234.5, -2), round(-2.5))
b = b"hello world"
print(b.decode(), b.hex(), b.find(b"o"), b.count(b"o"), b.split(), b.split(b"o", 1), b"-".join([b"a", b"b"]), b"  x ".strip())
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2), b.upper(), bytes.fromhex("6869 21"), b.index(b"w"))
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; print(ba, ba.pop(), ba[1], ba[1:3], len(ba), ba.decode())
ba.insert(0, 33); ba.reverse(); print(ba, ba.hex())
print((1, 2, 2, 3).count(2), (1, 2, 3, 2).index(2, 2), slice(1, None, 2).indices(10), dict.fromkeys("ab", 0))
