"""Shallow and deep copies, as CPython's copy module."""


class Error(Exception):
    pass


error = Error


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, bytes, tuple, frozenset, type(None), range, type) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    if hasattr(x, "__dict__"):
        new = object.__new__(cls)
        for k, v in vars(x).items():
            object.__setattr__(new, k, v)
        return new
    return x


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, type(None), range, type, frozenset) or (callable(x) and not hasattr(x, "__dict__")):
        return x
    if cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(a, memo) for a in x)
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[key] = y
        return y
    if hasattr(x, "__deepcopy__"):
        y = x.__deepcopy__(memo)
        memo[key] = y
        return y
    if hasattr(x, "__dict__"):
        y = object.__new__(cls)
        memo[key] = y
        for k, v in vars(x).items():
            object.__setattr__(y, k, deepcopy(v, memo))
        return y
    return x
