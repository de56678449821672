import struct
tests = [('b',200),('B',-1),('h',70000),('H',-1),('i',2**31),('I',-1),('l',2**31),('<l',2**31),('q',2**63),('Q',-1),('<i',2**40),('>I',2**33),('b','x'),('f','x'),('s',1),('c',b'ab'),('?',[]),('e',1e10),('<n',1)]
for f,v in tests:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__name__, e)
for f,b in [('i',b'abc'),('<hh',b'abcdef')]:
    try: print(struct.unpack(f,b))
    except Exception as e: print(type(e).__name__, e)
try: struct.pack('ii', 1)
except Exception as e: print(type(e).__name__, e)
try: struct.calcsize('z')
except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('<bi'), struct.calcsize('@bl'), struct.calcsize('=bl'), struct.calcsize('@ib'), struct.calcsize('@bd'), struct.calcsize('3s2x'), struct.calcsize('@?q'))
print(struct.pack('@bi', 1, 2), struct.pack('>hH', -2, 3), struct.pack('<qQ', -1, 1), struct.pack('<fd', 1.5, -2.25), struct.pack('4s', b'ab'), struct.pack('2p', b'abc'), struct.pack('?c', 5, b'z'), struct.pack('<e', 1.5))
print(struct.unpack('<fd', struct.pack('<fd', 1.5, -2.25)), struct.unpack('>hH', b'\xff\xfe\x00\x03'), struct.unpack('4s', b'ab\x00\x00'), struct.unpack('<3b', b'\x01\xff\x7f'), struct.unpack('?', b'\x02'))
print(struct.error.__mro__, list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'xx\x05\x00', 2), struct.Struct('<hi').size)
for x in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 0.333, 2049.0, 2051.0, float('inf'), -float('inf')]:
    print(x, struct.pack('<e', x), struct.unpack('<e', struct.pack('<e', x)))
s = struct.Struct('>I2sxh')
data = s.pack(7, b'hi', -3)
print(type(s).__name__, s.format, s.size, data, s.unpack(data), len(data), struct.pack('!i', -1), struct.unpack('<Q', b'\xff' * 8), struct.pack('<d', 0.1).hex())
print(struct.pack('3i', 1, 2, 3), struct.unpack('<2H', bytearray(b'\x01\x00\x02\x00')), struct.pack('<i', True), struct.pack('<f', 3))
