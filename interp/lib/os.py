"""Basic operating-system services (a subset of CPython's os), on _os."""

import _os

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


class _Path:
    sep = "/"

    @staticmethod
    def join(a, *p):
        result = a
        for b in p:
            if b.startswith("/"):
                result = b
            elif not result or result.endswith("/"):
                result += b
            else:
                result += "/" + b
        return result

    @staticmethod
    def split(p):
        i = p.rfind("/") + 1
        head, tail = p[:i], p[i:]
        if head and head != "/" * len(head):
            head = head.rstrip("/")
        return head, tail

    @staticmethod
    def basename(p):
        return p[p.rfind("/") + 1:]

    @staticmethod
    def dirname(p):
        return _Path.split(p)[0]

    @staticmethod
    def splitext(p):
        base = p[p.rfind("/") + 1:]
        dot = base.rfind(".")
        if dot <= 0 or base[:dot] == "." * dot:
            return p, ""
        cut = len(p) - len(base) + dot
        return p[:cut], p[cut:]

    @staticmethod
    def exists(p):
        return _os._stat(p) is not None

    @staticmethod
    def isfile(p):
        s = _os._stat(p)
        return s is not None and s[0]

    @staticmethod
    def isdir(p):
        s = _os._stat(p)
        return s is not None and s[1]

    @staticmethod
    def getsize(p):
        s = _os._stat(p)
        if s is None:
            raise FileNotFoundError("[Errno 2] No such file or directory: '%s'" % p)
        return s[2]

    @staticmethod
    def isabs(p):
        return p.startswith("/")

    @staticmethod
    def abspath(p):
        return _os._abspath(p)

    @staticmethod
    def normpath(p):
        if not p:
            return "."
        initial = 2 if p.startswith("//") and not p.startswith("///") else (1 if p.startswith("/") else 0)
        parts = []
        for comp in p.split("/"):
            if comp in ("", "."):
                continue
            if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
                parts.append(comp)
            elif parts:
                parts.pop()
        out = "/".join(parts)
        return ("/" * initial + out) or "."


path = _Path
