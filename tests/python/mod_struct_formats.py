import struct
for fmt, vals in [('<i', (-5,)), ('>I', (4000000000,)), ('<h', (-2,)), ('<H', (65535,)), ('<b', (-128,)), ('<B', (255,)), ('<q', (-2**63,)), ('<Q', (2**64-1,)),
                  ('<f', (1.5,)), ('<d', (3.141592653589793,)), ('<e', (0.5,)), ('<?', (True,)), ('<c', (b'x',)), ('<5s', (b'hi',)), ('<3p', (b'abcd',)),
                  ('!HH', (1, 2)), ('=l', (7,)), ('@i', (3,)), ('<2i3x', (1, 2)), ('>4sIh', (b'abcd', 9, -1))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.unpack(fmt, b), struct.calcsize(fmt))
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@bq'), struct.calcsize('P'))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), list(s.iter_unpack(bytes(12))))
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 5, 6)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf, offset=2))
s.pack_into(buf, 0, 7, 8); print(buf)
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
for bad in [lambda: struct.pack('<b', 200), lambda: struct.pack('<i', 1.5), lambda: struct.unpack('<i', b'ab'), lambda: struct.pack('<i'), lambda: struct.pack('z', 1), lambda: struct.pack('<H', -1), lambda: struct.pack_into('<i', bytearray(2), 0, 1)]:
    try: bad()
    except struct.error as e: print('struct.error', e)
    except Exception as e: print(type(e).__name__, e)
