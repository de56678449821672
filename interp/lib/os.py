"""Basic operating-system services (a subset of CPython's os), on _os."""

import _os
import sys
import posixpath

from _os import (getcwd, listdir, remove, unlink, mkdir, rmdir, rename, getpid, cpu_count,
                 chdir, urandom, putenv, unsetenv)
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
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

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


class stat_result(tuple):
    """What os.stat returns: ten fields by index (times in whole seconds),
    and by name, with float times (st_atime) and nanosecond ones
    (st_atime_ns), st_blksize, st_blocks and st_rdev besides."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
               "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)"
                            % len(values))
        self = tuple.__new__(cls, values[:10])
        self._extra = values[10:]
        return self

    def __repr__(self):
        shown = ", ".join("%s=%r" % pair for pair in zip(self._fields, self))
        return "os.stat_result(%s)" % shown

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))

    def _ns(self, i):
        extra = self._extra
        return extra[i] if len(extra) > i else self[7 + i] * 1_000_000_000

    def _get(self, i):
        return self._extra[i] if len(self._extra) > i else None

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime_ns = property(lambda self: self._ns(0))
    st_mtime_ns = property(lambda self: self._ns(1))
    st_ctime_ns = property(lambda self: self._ns(2))
    st_atime = property(lambda self: _seconds(self._ns(0)))
    st_mtime = property(lambda self: _seconds(self._ns(1)))
    st_ctime = property(lambda self: _seconds(self._ns(2)))
    st_blksize = property(lambda self: self._get(3))
    st_blocks = property(lambda self: self._get(4))
    st_rdev = property(lambda self: self._get(5))


_seconds = posixpath._seconds


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, blksize, blocks, rdev = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime // 1_000_000_000, mtime // 1_000_000_000, ctime // 1_000_000_000,
                        atime, mtime, ctime, blksize, blocks, rdev))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_result(_os.stat(_path_text(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_result(_os.stat(_path_text(path), False))


def _path_text(path):
    path = fspath(path)
    if isinstance(path, bytes):
        path = path.decode()
    return path


class DirEntry:
    """An entry of a directory listed by scandir: its kind is known from the
    listing; stat() asks the file system (once, then remembered)."""

    __slots__ = ("name", "path", "_kind", "_inode", "_stat", "_lstat")

    def __init__(self, directory, name, kind, inode):
        self.name = name
        self.path = posixpath.join(directory, name)
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def is_symlink(self):
        return self._kind == 3

    def is_dir(self, *, follow_symlinks=True):
        return self._is(1, 0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(2, 0o100000, follow_symlinks)

    def _is(self, kind, file_type, follow_symlinks):
        if self._kind != 3 or not follow_symlinks:
            return self._kind == kind
        try:
            return self.stat().st_mode & 0o170000 == file_type
        except FileNotFoundError:
            return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == 3:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat


class _ScandirIterator:
    def __init__(self, directory, entries):
        self._entries = iter([DirEntry(directory, *e) for e in entries])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    directory = _path_text(path)
    return _ScandirIterator(directory, _os._scandir(directory))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """The directory tree under top, as (dirpath, dirnames, filenames) for
    each directory: parents first when topdown (the caller may then prune
    dirnames in place), else children first. Symbolic links to directories
    are listed in dirnames but entered only with followlinks."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, enter = [], [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                enter.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            child = posixpath.join(top, name)
            if followlinks or not posixpath.islink(child):
                yield from walk(child, topdown, onerror, followlinks)
    else:
        for child in enter:
            yield from walk(child, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(path):
    return posixpath._fspath(path)


# os.path is posixpath, importable as a submodule ("import os.path").
path = posixpath
sys.modules["os.path"] = posixpath
