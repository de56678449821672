"""Abstract base classes: ABCMeta, ABC, abstractmethod.

ABCMeta records a class's unimplemented abstract methods in
`__abstractmethods__`, which object.__new__ checks (CPython's message);
`register` adds virtual subclasses that isinstance/issubclass accept, and
`__subclasshook__` is consulted as in CPython.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel) if f is not None)
    return False


def _raw_attribute(cls, name):
    # The class attribute as stored (a classmethod stays a classmethod,
    # not the bound method getattr would give), or None.
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(_raw_attribute(cls, key)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        ABCMeta._abc_invalidation_counter += 1
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            result = hook(subclass)
            if result is not NotImplemented:
                return bool(result)
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for registered in cls._abc_registry:
            if registered is subclass or issubclass(subclass, registered):
                return True
        # What the ABC's own subclasses accept (a class registered with
        # MutableSequence is a Sequence).
        for sub in cls._abc_subclasses:
            if issubclass(subclass, sub):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


# Deprecated spellings. weft's classmethod, staticmethod and property cannot be
# subclassed: these return the plain wrappers around an abstract function.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property with abstractmethod."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def get_cache_token():
    """A token that changes when an ABC's registry changes."""
    return ABCMeta._abc_invalidation_counter


ABCMeta._abc_invalidation_counter = 0


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
