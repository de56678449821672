"""Basic operating-system services (a subset of CPython's os), on _os."""

import _os
import sys
import posixpath

from _os import getcwd, listdir, remove, unlink, mkdir, rmdir, rename, getpid, cpu_count, environ, chdir, urandom

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


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(path):
    return posixpath._fspath(path)


# os.path is posixpath, importable as a submodule ("import os.path").
path = posixpath
sys.modules["os.path"] = posixpath
