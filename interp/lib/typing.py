"""Enough of `typing` for annotated programs: the names exist, they can be
subscripted (`List[int]`, `Optional[str]`, `Callable[[int], str]`), type
variables and `Generic`/`Protocol` bases work, and `cast`,
`TYPE_CHECKING`, `overload`, `get_type_hints` behave as in CPython. No
static checking: like CPython, annotations are not enforced.
"""

import abc as _abc
import collections as _collections
import collections.abc as _cabc
import re as _re

TYPE_CHECKING = False


class _Alias:
    """A subscripted or bare special name: `typing.List[int]`."""

    def __init__(self, name, origin=None, args=(), inst=True, subscripted=None):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        # False for List, Dict, ...: calling them is refused, as in CPython.
        self._inst = inst
        self._subscripted = bool(args) if subscripted is None else subscripted

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._subscripted:
            return _Alias(self._name, self.__origin__, _substitute(self, params),
                          self._inst, True)
        if self._name not in ("Literal", "Annotated"):
            # None stands for its type inside a subscription.
            params = tuple(_none_to_type(p) for p in params)
        return _Alias(self._name, self.__origin__, params, self._inst, True)

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __repr__(self):
        if not self._subscripted:
            return "typing." + self._name
        if not self.__args__:
            return "typing.%s[()]" % self._name
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self._name, self.__args__, self._subscripted) == (other._name, other.__args__, other._subscripted)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._subscripted:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        if self.__origin__ is None:
            raise TypeError("typing.%s cannot be used with isinstance()" % self._name)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        # `class C(List[int])` derives from list.
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        raise TypeError("Cannot subclass %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _none_to_type(p):
    if p is None:
        return type(None)
    if isinstance(p, list):
        return [_none_to_type(x) for x in p]
    return p


def _collect_parameters(args):
    # The type variables in args, first appearance first.
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in found:
                found.append(a)
        elif isinstance(a, list):
            for v in _collect_parameters(a):
                if v not in found:
                    found.append(v)
        else:
            for v in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
                if v not in found:
                    found.append(v)
    return tuple(found)


def _substitute(alias, params):
    # Dict[str, T][int]: the type variables take the given types in order.
    variables = alias.__parameters__
    if not variables:
        raise TypeError("%r is not a generic class" % (alias,))
    if len(params) != len(variables):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                        % ("many" if len(params) > len(variables) else "few", alias,
                           len(params), len(variables)))
    table = dict(zip(variables, (_none_to_type(p) for p in params)))
    return tuple(_replace_vars(a, table) for a in alias.__args__)


def _replace_vars(arg, table):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return table.get(arg, arg)
    if isinstance(arg, list):
        return [_replace_vars(a, table) for a in arg]
    inner = getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ()
    if inner:
        return arg[tuple(table.get(v, v) for v in inner)]
    return arg


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


class _UnionForm(_Alias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            p = type(None) if p is None else p
            members = p.__args__ if isinstance(p, _UnionForm) and p.__args__ else (p,)
            for m in members:
                if m not in flat:
                    flat.append(m)
        if len(flat) == 1:
            return flat[0]
        return _UnionForm("Union", None, tuple(flat), True, True)

    def __eq__(self, other):
        # Unions compare as sets of their members.
        if isinstance(other, _UnionForm):
            if self._subscripted and other._subscripted:
                return set(self.__args__) == set(other.__args__)
            return self._subscripted == other._subscripted
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __subclasscheck__(self, cls):
        if not self._subscripted:
            raise TypeError("typing.Union cannot be used with issubclass()")
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return super().__repr__()

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.Union")

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


class _OptionalForm(_Alias):
    def __getitem__(self, param):
        return Union[param, None]


Any = _Alias("Any")
NoReturn = _Alias("NoReturn")
Union = _UnionForm("Union")
Optional = _OptionalForm("Optional")
ClassVar = _Alias("ClassVar")
Final = _Alias("Final")
Literal = _Alias("Literal")
class _AnnotatedAlias(_Alias):
    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _AnnotatedForm(_Alias):
    # Annotated[T, x, ...]: __origin__ and __args__ are T's, __metadata__ the rest.
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        alias = _AnnotatedAlias("Annotated", params[0], (params[0],), True, True)
        alias.__metadata__ = params[1:]
        return alias


Annotated = _AnnotatedForm("Annotated")
List = _Alias("List", list, inst=False)
Dict = _Alias("Dict", dict, inst=False)
Set = _Alias("Set", set, inst=False)
FrozenSet = _Alias("FrozenSet", frozenset, inst=False)
Tuple = _Alias("Tuple", tuple, inst=False)
Type = _Alias("Type", type, inst=False)
Callable = _Alias("Callable", _cabc.Callable)
Iterable = _Alias("Iterable", _cabc.Iterable)
Iterator = _Alias("Iterator", _cabc.Iterator)
Generator = _Alias("Generator", _cabc.Generator)
Sequence = _Alias("Sequence", _cabc.Sequence)
MutableSequence = _Alias("MutableSequence", _cabc.MutableSequence)
Mapping = _Alias("Mapping", _cabc.Mapping)
MutableMapping = _Alias("MutableMapping", _cabc.MutableMapping)
Collection = _Alias("Collection", _cabc.Collection)
Container = _Alias("Container", _cabc.Container)
Hashable = _Alias("Hashable", _cabc.Hashable)
Sized = _Alias("Sized", _cabc.Sized)
Awaitable = _Alias("Awaitable", _cabc.Awaitable)
Coroutine = _Alias("Coroutine", _cabc.Coroutine)
DefaultDict = _Alias("DefaultDict", _collections.defaultdict)
OrderedDict = _Alias("OrderedDict", _collections.OrderedDict)
Counter = _Alias("Counter", _collections.Counter)
Deque = _Alias("Deque", _collections.deque)
ChainMap = _Alias("ChainMap", _collections.ChainMap)
Text = str
AnyStr = _Alias("AnyStr")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class _GenericAlias:
    """`Stack[int]` for a user generic class: calling it makes a Stack,
    subclassing it derives from Stack, and it shows as `module.Stack[int]`."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, _substitute(self, params))

    def __repr__(self):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            name = "typing." + origin.__name__
        else:
            name = "%s.%s" % (origin.__module__, origin.__qualname__)
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic:
            # Generic itself only when no other base already brings it.
            for b in bases:
                if b is not self and (isinstance(b, _GenericAlias) or
                                      (isinstance(b, type) and issubclass(b, Generic))):
                    return ()
        return (origin,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    __subclasscheck__ = __instancecheck__

    def __getattr__(self, name):
        # Attributes other than dunders come from the class.
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class Generic:
    """Base of user generic classes: `class Stack(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_none_to_type(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to %s[...] must all be type variables or parameter specification variables."
                                    % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params)
        variables = cls.__dict__.get("__parameters__", ())
        if not variables:
            raise TypeError("%r is not a generic class" % (cls,))
        if len(params) != len(variables):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > len(variables) else "few", cls,
                               len(params), len(variables)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__", ())
        declared = None
        for b in orig:
            if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol):
                declared = b.__args__
        cls.__parameters__ = declared if declared is not None else _collect_parameters(orig)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_ATTRS:
                attrs.add(attr)
    return attrs


_SPECIAL_ATTRS = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
                  "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
                  "__class_getitem__", "__qualname__", "_is_protocol", "_is_runtime_protocol",
                  "__parameters__", "__orig_bases__", "__protocol_attrs__"}


class _ProtocolMeta(_abc.ABCMeta):
    # isinstance() against a runtime_checkable protocol: the members exist.
    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False) or cls.__dict__.get("_is_protocol") is None:
            return super().__instancecheck__(instance)
        if cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(hasattr(instance, attr) for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwargs):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    if not isinstance(cls, type) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def _eval_hint(value, globalns, localns, include_extras):
    # A string (or ForwardRef) is evaluated in the given namespaces; None
    # stands for its type; Annotated[...] loses its metadata unless asked.
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        try:
            code = compile(value, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {value!r}") from None
        value = eval(code, globalns, localns)
    if value is None:
        return type(None)
    if not include_extras and isinstance(value, _AnnotatedAlias):
        return value.__origin__
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            annotations = klass.__dict__.get("__annotations__", {})
            if globalns is None:
                module = sys.modules.get(klass.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(klass)) if localns is None else localns
            if localns is None and globalns is None:
                # Names in the class body shadow the module's, as in CPython.
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                hints[name] = _eval_hint(value, base_globals, base_locals, include_extras)
        return hints
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            target = obj
            while hasattr(target, "__wrapped__"):
                target = target.__wrapped__
            globalns = getattr(target, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        if callable(obj) or isinstance(obj, type(sys)):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    return {name: _eval_hint(value, globalns, localns, include_extras)
            for name, value in annotations.items()}


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__", "__doc__"})


class NamedTupleMeta(type):
    # `class P(NamedTuple): x: int = 0` builds collections.namedtuple.
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get("__module__", "__main__"))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, list(fields), module="__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict  # a TypedDict's instances are plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def get_origin(tp):
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionForm) and tp.__args__:
        return Union
    if isinstance(tp, _Alias):
        if tp._name in ("ClassVar", "Final", "Literal", "Annotated") and tp.__args__:
            return globals()[tp._name]
        return tp.__origin__
    if type(tp) is type(int | str):
        return type(tp)
    return getattr(tp, "__origin__", None) if not isinstance(tp, type) else None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tuple(tp.__metadata__)
    if isinstance(tp, _Alias):
        return tp.__args__
    if type(tp) is type(int | str) or hasattr(tp, "__origin__"):
        return getattr(tp, "__args__", ())
    return ()


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def no_type_check_decorator(decorator):
    return decorator


def get_overloads(func):
    return []


def clear_overloads():
    pass


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = _Alias("ParamSpecArgs")
        self.kwargs = _Alias("ParamSpecKwargs")

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


ParamSpecArgs = _Alias("ParamSpecArgs")
ParamSpecKwargs = _Alias("ParamSpecKwargs")
Concatenate = _Alias("Concatenate")
TypeAlias = _Alias("TypeAlias")
TypeGuard = _Alias("TypeGuard")
Self = _Alias("Self")
LiteralString = _Alias("LiteralString")
Never = _Alias("Never")
Required = _Alias("Required")
NotRequired = _Alias("NotRequired")
Unpack = _Alias("Unpack")
AbstractSet = _Alias("AbstractSet", _cabc.Set)
MutableSet = _Alias("MutableSet", _cabc.MutableSet)
Reversible = _Alias("Reversible", _cabc.Reversible)
KeysView = _Alias("KeysView", _cabc.KeysView)
ItemsView = _Alias("ItemsView", _cabc.ItemsView)
ValuesView = _Alias("ValuesView", _cabc.ValuesView)
MappingView = _Alias("MappingView", _cabc.MappingView)
ByteString = _Alias("ByteString", _cabc.ByteString)
AsyncIterable = _Alias("AsyncIterable")
AsyncIterator = _Alias("AsyncIterator")
AsyncGenerator = _Alias("AsyncGenerator")
AsyncContextManager = _Alias("AsyncContextManager")
ContextManager = _Alias("ContextManager")
Pattern = _Alias("Pattern", _re.Pattern)
Match = _Alias("Match", _re.Match)
IO = _Alias("IO")
TextIO = _Alias("TextIO")
BinaryIO = _Alias("BinaryIO")
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


def _supports(name, method):
    @runtime_checkable
    class _P(Protocol):
        __slots__ = ()
    setattr(_P, method, lambda self: None)
    _P.__name__ = _P.__qualname__ = name
    return _P


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")
