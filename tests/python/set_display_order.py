# A set display of more than two constants iterates as CPython's does: its
# compiler folds the items into a frozenset constant (made twice) and
# merges that into a new set. Displays with other items add them in order.
x = 33
print({17, 33, 49}, {17, x, 49}, {17, 33}, {21, 37, 53}, {3, 19, 35})
print({100, 200, 300}, {-1, -9, 7}, {1.5, 9.5, 17.5, 2.0})
print({8, 16, 24, 32, 40}, {64, 128, 256, 512, 1024, 2048, 4096})
print({(1, 2), (3, 4), (5, 6)} == {(5, 6), (3, 4), (1, 2)}, len({(1, 2), (3, 4), (5, 6)}))
print({True, 3.0, 2, -7, 10})
print(set(range(0, 100, 13)), {0, 13, 26, 39, 52, 65, 78, 91})
print({i for i in (17, 33, 49)}, {*(17, 33, 49)})
print(5 in {1, 5, 9}, 4 not in {1, 5, 9}, [n for n in range(20) if n in {3, 11, 19, 7}])
big = {97, 194, 291, 388, 485, 582, 679, 776, 873, 970, 1067, 1164, 1261, 1358}
print(big, sorted(big) == sorted(set(big)))
for s in ({2, 34, 66, 98}, {31, 63, 95, 127, 159}):
    print(s, list(s), s | {1})
