# Package for import_relative_star.py: relative imports, __all__, init order.
print("relpkg init start")
from .base import greet, _private_helper
from . import util
from .sub.leaf import leaf_value
__all__ = ["greet", "util", "exported"]
exported = "exported name"
not_exported = "hidden from star import"
print("relpkg init end")
