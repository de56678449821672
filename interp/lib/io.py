"""In-memory streams (StringIO, BytesIO) with CPython's behaviour and
messages, and the names of the file layer (open, TextIOWrapper)."""

import sys

__all__ = ["StringIO", "BytesIO", "open", "TextIOWrapper", "UnsupportedOperation",
           "BufferedReader", "BufferedWriter", "BufferedRandom",
           "IOBase", "TextIOBase", "BufferedIOBase", "RawIOBase",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


def _file_types():
    # The types of the files open() makes (sys.stdout has its own).
    found = []
    for mode in ("r", "rb", "wb", "rb+"):
        try:
            f = open("/dev/null", mode)
        except OSError:
            found.append(type(sys.stdout))
            continue
        found.append(type(f))
        f.close()
    return found


TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom = _file_types()


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    pass


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    # CPython's two classes word it differently.
    _closed_message = "I/O operation on closed file."
    # readlines(hint) stops once the total is past the hint (StringIO) or at
    # it (BytesIO).
    _hint_reached_at = False

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint > 0 and (total > hint or (self._hint_reached_at and total == hint)):
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O in memory."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ""
        # Appends at the end are kept as chunks and joined when read.
        self._chunks = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._chunks:
            self._buf = self._buf + "".join(self._chunks)
            self._chunks = []
        return self._buf

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl and nl != "\n":
            return s.replace("\n", nl)
        return s

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if not s:
            return 0
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + "\0" * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos
        return n

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ""
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ""
        if self._newline == "\r":
            end = buf.find("\r", pos)
            cut = 1
        elif self._newline == "\r\n":
            end = buf.find("\r\n", pos)
            cut = 2
        else:
            end = buf.find("\n", pos)
            cut = 1
        end = len(buf) if end < 0 else end + cut
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("an integer is required")
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Binary I/O in memory."""

    _hint_reached_at = True

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._buf = bytearray(_bytes_of(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0

    def write(self, b):
        self._check()
        b = _bytes_of(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(b"\0" * (pos - len(buf)))
        if pos == len(buf):
            buf.extend(b)
        else:
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        end = buf.find(b"\n", pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)
