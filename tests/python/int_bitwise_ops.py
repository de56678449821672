for n in [0, 1, 5, 255, 1024, -1, -8]:
    print(n, bin(n), n.bit_length(), n & 0xF, n | 1, n ^ 0b1010, n << 3, n >> 1, ~n)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [b for b in range(8) if flags >> b & 1], flags & ~(1 << 3), (2 ** 64 - 1) >> 60)
print(int("1010", 2), int("ff", 16), f"{10:08b}", f"{255:#06x}", (12345).to_bytes(4, "little"))
