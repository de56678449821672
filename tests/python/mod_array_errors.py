# array: conversion errors (OverflowError/TypeError per typecode) and constructor errors
from array import array
for code in 'bBhHiIlLqQ':
    for v in [2**70, -2**70, 2**63, 2**32, 2**31, 65536, 32768, 256, 128, -1, -129, -32769, -2**31-1, 1.5, 'x', None]:
        try:
            array(code, [v])
        except Exception as e:
            print(code, repr(v), type(e).__name__, e)
for code in 'fd':
    for v in ['x', None, 2**1100, 1e300]:
        try:
            array(code, [v])
        except Exception as e:
            print(code, repr(v), type(e).__name__, e)
for code in 'u':
    for v in ['ab', 1, None]:
        try:
            array(code, [v])
        except Exception as e:
            print(code, repr(v), type(e).__name__, e)
for args in [('z',), ('bb',), (1,), ('b', 'abc'), ('u', 5), ('b', 5), ('b', b'\x01\x02'), ('h', b'\x01'), ('b', array('h', [1])), ('u', array('b'))]:
    try:
        print(array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(array('f', [0.1]), array('u', 'hi'), array('d'), array('b', [1, 2]) == array('d', [1.0, 2.0]))
