import import_support.shapes as shapes
from import_support import shapes as s2
from import_support.geometry import area, PI
from import_support.geometry.vectors import Vec
import import_support
print(shapes.describe("circle"), s2 is shapes, area(2), PI)
print(Vec(1, 2) + Vec(3, 4), import_support.__name__, import_support.VERSION)
print(shapes.__name__, area.__module__, sorted(k for k in dir(shapes) if not k.startswith("_")))
try:
    from import_support import nothing_here
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import sys
print("import_support.shapes" in sys.modules, __name__)
