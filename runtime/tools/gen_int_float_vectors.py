#!/usr/bin/env python3
"""Generate runtime/src/numeric/testdata/int_float.txt: expected results of
`int / int` and `float(int)` from this CPython (3.11), for int_ops's tests.

    python3 runtime/tools/gen_int_float_vectors.py > runtime/src/numeric/testdata/int_float.txt

Each line is `div A B RESULT` or `float A RESULT`, integers in signed hex,
RESULT the IEEE-754 bits of the float in hex, or `overflow` for OverflowError.
"""
import random
import struct


def h(n):
    return ('-' if n < 0 else '') + format(abs(n), 'x')


def result(f):
    try:
        return format(struct.unpack('<Q', struct.pack('<d', f()))[0], 'x')
    except OverflowError:
        return 'overflow'


def main():
    rng = random.Random(11)
    div = []
    for _ in range(60):
        # Sizes chosen so quotients span overflow, normal and subnormal ranges.
        a = rng.getrandbits(rng.randint(1, 1300)) * rng.choice([1, -1])
        b = (rng.getrandbits(rng.randint(1, 1300)) or 1) * rng.choice([1, -1])
        div.append((a, b))
    div += [
        (2**53 + 1, 1), (2**53 + 3, 1), (3 * 2**1023, 2), (2**1024, 2), (2**1025, 2),
        (1, 2**1074), (3, 2**1076), (1, 2**1075 - 1), (1, 2**1075), (2**1075 + 1, 2**2149),
        ((2**53 - 1) * 2**971, 1), (2**1024 - 2**970 - 1, 1), (2**1024 - 2**970, 1),
        (10**400, 10**399), (3**700, 2**2000), (-(2**2000), 2**1000), (1, -(2**2000)),
        (0, -(2**100)), (2**60 + 129, 1), (2**60 + 128, 1), (2**60 + 384, 1), (1, 3),
        (10**30, 3), (7, 10**30), (2**54 + 1, 2**54 - 1), (-(2**63), -1),
    ]
    for a, b in div:
        print('div', h(a), h(b), result(lambda: a / b))
    for _ in range(40):
        v = rng.getrandbits(rng.randint(1, 1100)) * rng.choice([1, -1])
        print('float', h(v), result(lambda: float(v)))
    for v in [0, 2**53 + 1, 2**53 + 3, -(2**64), 2**63 - 1, 2**1024 - 2**970,
              2**1024 - 2**970 - 1, 2**1023, 2**1024, (2**53 + 1) * 2**900,
              (2**53 + 1) * 2**900 + 1, 2**60 + 129, -(2**60 + 128)]:
        print('float', h(v), result(lambda: float(v)))


main()
