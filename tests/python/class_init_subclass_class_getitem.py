# __init_subclass__ with keyword arguments, and __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Beta.plugin_name, Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Ordered:
    def __init_subclass__(cls):
        cls.order = getattr(cls, "order", 0) + 1
class O1(Ordered): pass
class O2(O1): pass
print(O1.order, O2.order)
class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["x"], Box[3])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(cls.__name__ + "_" + "_".join(p.__name__ for p in params), (cls,), {"params": params})
T = Typed[int, str]
print(T.__name__, [p.__name__ for p in T.params], issubclass(T, Typed))
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int] == list[int], list[int](range(3)))
try:
    Plugin[int]
except TypeError as e:
    print(type(e).__name__, e)
class Inst:
    def __getitem__(self, k): return "instance getitem %r" % (k,)
    def __class_getitem__(cls, k): return "class getitem %r" % (k,)
print(Inst()[1], Inst[1])
