# Function objects: names, docs, annotations, attributes, equality.
def documented(x: int, y: "label" = 3) -> str:
    """Return a description."""
    return str(x + y)
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__annotations__)
print(documented.__defaults__, documented(1), type(documented).__name__, callable(documented))
def no_doc(): pass
print(no_doc.__doc__, no_doc(), no_doc.__defaults__, no_doc.__annotations__)
def outer():
    def inner():
        return 1
    class Local:
        def meth(self): pass
    return inner, Local.meth
i, m = outer()
print(i.__name__, i.__qualname__, m.__qualname__)
documented.custom = "attached"
documented.count = 0
documented.count += 1
print(documented.custom, documented.count, sorted(k for k in vars(documented)))
def renamed(): return "r"
renamed.__name__ = "new_name"
print(renamed.__name__, renamed.__qualname__)
print(documented == documented, documented != no_doc, (lambda: 0).__qualname__)
def annotated(a: list[int], *args: str, k: bool = False, **kw: float) -> None: ...
print(sorted(annotated.__annotations__))
print(annotated(1), annotated.__kwdefaults__)
g = documented
del documented
print(g(2, 2), g.__name__)
try:
    documented
except NameError as e:
    print(type(e).__name__, e)
def f(): return f.__name__
h = f
print(h())
print(no_doc.__code__.co_name, f.__code__.co_varnames, g.__code__.co_varnames)
print(sorted(a for a in dir(g) if a in ("__call__", "__name__", "__doc__", "__get__", "__code__")))
