import sys, types
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.version_info.minor).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.flags.optimize, sys.hash_info.modulus, sys.int_info.bits_per_digit)
print(repr(sys.float_info))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple), len(sys.version_info))
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError")
try:
    type(sys.version_info)((1, 2, 3, 4, 5))
except TypeError as e:
    print("TypeError", e)
print(hasattr(sys, "nothing_here"))
try:
    sys.nothing_here
except AttributeError as e:
    print(e)
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType), isinstance(sys, types.ModuleType))
print(types.NoneType is type(None), isinstance(f.__code__, types.CodeType))
m = types.ModuleType("mymod", "the doc")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m)[:16])
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
try:
    types.SimpleNamespace({"x": 1}, y=2)
except TypeError as e:
    print("TypeError", e)
class Sub(types.SimpleNamespace): pass
print(Sub(q=1))
Meta = type("Meta", (type,), {})
K = types.new_class("K", (object,), {"metaclass": Meta}, lambda ns: ns.update(v=7))
print(K.__name__, type(K).__name__, K.v)
print(types.prepare_class("P", (int,)))
print(types.resolve_bases((int, str)))
