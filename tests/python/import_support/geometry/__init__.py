from .core import area, PI
