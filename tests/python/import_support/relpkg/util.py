from .base import greet
from . import base as base_mod
print("relpkg.util loaded, package is", __package__)
def shout(who):
    return greet(who).upper()
counter = [0]
