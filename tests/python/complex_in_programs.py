# complex values used by ordinary code: dict/set keys, sorting, sum, match, copy, isinstance.
import copy
d = {1: "int", 2.5: "float", 3j: "complex"}
print(d[1 + 0j], d[complex(2.5)], d[3j], (1 + 0j) in {1}, {0j, 0, 0.0, False})
print(sorted([3 + 1j, 1 - 2j, -1j], key=abs), sorted([2j, 1j], key=lambda z: z.imag))
try:
    sorted([2j, 1j])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), sum([0.5j] * 4, 1j), max([1j, 2j], key=abs))
roots = [complex(-4) ** 0.5, (-4) ** 0.5, (-1) ** 0.5, 4 ** 0.5]
print(roots, [type(r).__name__ for r in roots])
def kind(v):
    match v:
        case complex(real=0.0, imag=im):
            return f"imaginary {im}"
        case complex():
            return "complex"
        case 1.5 | 2:
            return "real"
    return "other"
print([kind(v) for v in [2j, 1 + 2j, 1.5, 2, 2 + 0j, "x"]])
print(copy.copy(1 + 2j), copy.deepcopy([1j]), isinstance(1j, (int, float)), isinstance(1j, complex))
z = 3 - 4j
z += 1
z *= 1j
z /= 2
z **= 2
z -= 1.5
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z, bool(z), bool(0j), not -0j)
print([f"{c:.1f}" for c in [1j, 1 + 1j]], "%s|%r|%10s" % (1j, -1j, 2 - 0j), str(1e-7j), repr(-1e22 + 1e22j))
print(1j == 1j, 1j != 2j, 1 == 1 + 0j, 1.0 != 1 + 0j, 1j == "1j", 1j == None, [1j] == [1j], (2j,) == (2j,))
for bad in ["1j < 2j", "1j >= 0", "1j // 1", "1j % 2", "divmod(1j, 1)", "int(1j)", "float(1j)", "round(1j)",
            "1j & 1", "~1j", "1j << 1", "[1][1j]", "range(1j)", "'ab' * 1j", "hex(1j)", "complex('1+')"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
print(type(1j).__name__, type(1j) is complex, complex.__name__, (1j).__class__ is complex, 5j.imag, 5j.real)
z = complex(float('nan'), 0)
print(z == z, z != z, [z] == [z], z in [z], z in {z}, (z,) == (z,), {1: z} == {1: z})
import json
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
print(1_000j, 1e3j, .5j, 5.J, 0j, -(1j), (1j, 2, -2j), -0j + 0, 0j * -1)
def pick(v):
    match v:
        case {1j: x}:
            return x
        case -1j:
            return "neg"
    return None
print(pick({1j: 5}), pick(-1j), pick(1j))
