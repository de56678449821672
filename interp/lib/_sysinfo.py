"""The named tuples of `sys` (CPython's struct sequences): `version_info`,
`float_info`, `int_info`, `hash_info`, `flags` and
`thread_info`. `sys` imports this module
the first time one of them is asked for, and keeps them in its namespace.
"""

import sys


def _named_tuple_type(name, fields):
    """A tuple type whose items are also read-only attributes, printed as
    sys.NAME(field=value, ...); Python code cannot make new instances."""

    def field(index):
        return property(lambda self: tuple.__getitem__(self, index))

    def __repr__(self):
        shown = ", ".join("%s=%r" % pair for pair in zip(fields, self))
        return "sys.%s(%s)" % (name, shown)

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {name_: field(i) for i, name_ in enumerate(fields)}
    namespace.update(__repr__=__repr__, __reduce__=__reduce__, __slots__=(),
                     n_fields=len(fields), n_sequence_fields=len(fields),
                     n_unnamed_fields=0, __module__="sys")
    cls = type(name, (tuple,), namespace)

    def refuse(cls_, *args, **kwargs):
        raise TypeError("cannot create 'sys.%s' instances" % name)

    make = tuple.__new__
    cls.__new__ = refuse
    return lambda *values: make(cls, values)


version_info = _named_tuple_type(
    "version_info", ("major", "minor", "micro", "releaselevel", "serial"))(3, 12, 0, "final", 0)

float_info = _named_tuple_type("float_info", (
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
    "mant_dig", "epsilon", "radix", "rounds"))(
    1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
    15, 53, 2.220446049250313e-16, 2, 1)

# Weft's ints are not made of CPython's 30-bit digits; these are the values
# CPython reports, which programs use to size things.
int_info = _named_tuple_type("int_info", (
    "bits_per_digit", "sizeof_digit", "default_max_str_digits",
    "str_digits_check_threshold"))(30, 4, 4300, 640)

hash_info = _named_tuple_type("hash_info", (
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
    "seed_bits", "cutoff"))(64, 2305843009213693951, 314159, 0, 1000003,
                            "siphash13", 64, 128, 0)

flags = _named_tuple_type("flags", (
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
    "no_user_site", "no_site", "ignore_environment", "verbose",
    "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
    "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits"))(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0,
                           False, -1)

# Weft's threads are the system's (pthreads); its locks are parking_lot's.
thread_info = _named_tuple_type("thread_info", ("name", "lock", "version"))(
    "pthread", "mutex+cond", None)

# What sys.unraisablehook is called with (its maker: weft's errors module
# calls it for an exception raised where it cannot propagate).
_unraisable_args = _named_tuple_type("UnraisableHookArgs", (
    "exc_type", "exc_value", "exc_traceback", "err_msg", "object"))

for _name in ("version_info", "float_info", "int_info", "hash_info", "flags",
              "thread_info"):
    setattr(sys, _name, globals()[_name])
