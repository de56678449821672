# __import__ and import statement forms for sys and support modules.
s = __import__("sys")
import sys
print(s is sys, s.__name__, type(s).__name__)
pkg = __import__("import_support.extra_tools")
print(pkg.__name__, hasattr(pkg, "extra_tools"), pkg.extra_tools.double(21))
mod = __import__("import_support.extra_tools", fromlist=["double"])
print(mod.__name__, mod.double(5), mod.CONSTANT)
import import_support.extra_tools as et
print(et is mod, et.calls)
from import_support.extra_tools import double, CONSTANT as C
print(double("ab"), C)
try:
    __import__("surely_not_a_module_name")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("import_support.no_sub")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print("import_support.extra_tools" in sys.modules, sys.modules["import_support.extra_tools"] is et)
def local_import():
    import import_support.extra_tools as inner
    return inner.double(2)
print(local_import(), et.calls)
print(isinstance(ModuleNotFoundError("x"), ImportError))
