#!/usr/bin/env python3
"""Generate runtime/src/numeric/testdata/float_format.txt: how this CPython
(3.11) prints random doubles, for float_repr's tests.

    python3 runtime/tools/gen_float_format_vectors.py > runtime/src/numeric/testdata/float_format.txt

Each line: the double's IEEE-754 bits in hex, then repr(x), '%.3e', '%.17g',
'%g', '%.4f' (only for |x| < 1e20, else '-'), f'{x:.5}' and '%#.3g',
separated by spaces.
"""
import random
import struct


def main():
    rng = random.Random(7)
    values = []
    for _ in range(400):
        # Random bit patterns cover every exponent, subnormals included.
        values.append(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0])
    for _ in range(200):
        # Values of everyday size, where the fixed/scientific switch happens.
        values.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-8, 20))
    for _ in range(100):
        values.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    for x in values:
        if x != x or x in (float('inf'), float('-inf')):
            continue
        bits = struct.unpack('<Q', struct.pack('<d', x))[0]
        fixed = '%.4f' % x if abs(x) < 1e20 else '-'
        print(f"{bits:x} {x!r} {'%.3e' % x} {'%.17g' % x} {'%g' % x} {fixed} {x:.5} {'%#.3g' % x}")


main()
