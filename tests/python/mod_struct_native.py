import struct
print(struct.calcsize('c'), struct.calcsize('h'), struct.calcsize('i'), struct.calcsize('l'), struct.calcsize('q'), struct.calcsize('f'), struct.calcsize('d'), struct.calcsize('?'), struct.calcsize('n'), struct.calcsize('P'))
print(struct.calcsize('ci'), struct.calcsize('ic'), struct.calcsize('<ci'), struct.calcsize('cd'), struct.calcsize('3c'), struct.calcsize('0i'), struct.calcsize('2h0i'))
for fmt, args in [('>hhl', (1, 2, 3)), ('<hhl', (1, 2, 3)), ('>f', (3.14,)), ('<d', (-0.0,)), ('>e', (65504.0,)), ('>q', (-1,)), ('<Q', (0,)), ('>?', (0,)), ('<?', ([1],)), ('10s', (b'abc',)), ('2s', (b'abcdef',)), ('>bhiq', (-1, -2, -3, -4))]:
    packed = struct.pack(fmt, *args)
    print(fmt, packed.hex(), struct.unpack(fmt, packed))
s = struct.Struct('>IH')
print(s.pack(1, 2), s.unpack(b'\x00\x00\x00\x01\x00\x02'), s.size, s.format)
print(struct.unpack('<4B', bytes([1, 2, 3, 4])), struct.unpack('>i', bytearray(b'\xff\xff\xff\xfe')), struct.unpack('<f', struct.pack('<f', 0.1))[0])
for bad in [lambda: struct.pack('>h', 40000), lambda: struct.pack('c', b'ab'), lambda: struct.pack('?'), lambda: struct.unpack('<h', b'\x00'), lambda: struct.calcsize('y'), lambda: struct.pack('<I', 2**32), lambda: struct.pack('<e', 1e10), lambda: struct.pack('s', 'str'), lambda: struct.pack('<i', '1'), lambda: struct.Struct(5)]:
    try: print(bad())
    except struct.error as e: print('struct.error', e)
    except Exception as e: print(type(e).__name__, e)
