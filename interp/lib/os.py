"""Basic operating-system services (a subset of CPython's os), on _os."""

import _os
import sys
import posixpath

from _os import getcwd, listdir, remove, unlink, mkdir, rmdir, rename, getpid, cpu_count, environ

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
    if path.isdir(name):
        if not exist_ok:
            raise FileExistsError("[Errno 17] File exists: '%s'" % name)
        return
    _os.makedirs(name)


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(path):
    return posixpath._fspath(path)


# os.path is posixpath, importable as a submodule ("import os.path").
path = posixpath
sys.modules["os.path"] = posixpath
