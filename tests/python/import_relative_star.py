# Relative imports inside a package, __all__ and star imports, import-once caching.
import import_support.relpkg as rp
print(rp.greet("you"), rp.util.shout("x"), rp.leaf_value, rp.exported)
print(rp.__name__, rp.util.__name__, rp.util.__package__, rp.sub.leaf.parent_name())
import import_support.relpkg.util as u2
print(u2 is rp.util, u2.base_mod is rp.base)
from import_support.relpkg import *
print(greet("star"), util.counter, exported)
try:
    not_exported
except NameError as e:
    print(type(e).__name__, e)
from import_support.star_plain import *
print(public_one, public_two, func())
try:
    _underscore
except NameError as e:
    print(type(e).__name__, e)
from import_support.star_plain import _underscore
print(_underscore)
import import_support.relpkg
print(import_support.relpkg is rp)
import sys
print(sorted(k for k in sys.modules if k.startswith("import_support.relpkg")))
try:
    from import_support.relpkg import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
