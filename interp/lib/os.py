"""Basic operating-system services (a subset of CPython's os), on _os."""

import _os
import sys
import posixpath

from _os import getcwd, listdir, remove, unlink, mkdir, rmdir, rename, getpid, cpu_count, chdir, urandom
from collections.abc import MutableMapping as _MutableMapping

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
devnull = "/dev/null"


def makedirs(name, mode=0o777, exist_ok=False):
    """CPython's: make the missing parents, then the leaf with mkdir (so its
    errors carry errno and filename)."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


class _Environ(_MutableMapping):
    """os.environ: a mapping of str to str over the native table, which
    refuses other types as CPython's does."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        for v in (key, value):
            if not isinstance(v, str):
                raise TypeError("str expected, not %s" % type(v).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self._data.items())

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(path):
    return posixpath._fspath(path)


# os.path is posixpath, importable as a submodule ("import os.path").
path = posixpath
sys.modules["os.path"] = posixpath
