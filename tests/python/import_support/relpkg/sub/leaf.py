from ..base import greet
from .. import util
leaf_value = greet("leaf") + " / " + util.shout("leaf")
def parent_name():
    return __name__.rsplit(".", 1)[0]
