class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class CSV(Plugin, name="csv"): pass
class JSON(Plugin): pass
class Sub(JSON): pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {getattr(item, '__name__', item)}"
print(Box[int], Box["x"])
