"""Packing values into bytes and back: pack, unpack, unpack_from,
iter_unpack, calcsize, Struct and error (the work is in the native
`_struct`)."""

from _struct import pack, unpack, iter_unpack, calcsize, error
from _struct import unpack_from as _unpack_from


def unpack_from(format, /, buffer, offset=0):
    return _unpack_from(format, buffer, offset)

__all__ = ["pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "calcsize", "Struct", "error"]


def pack_into(format, buffer, offset, /, *values):
    """Pack the values into a writable buffer at offset (CPython's checks)."""
    data = pack(format, *values)
    if isinstance(buffer, (bytes, str)) or not hasattr(buffer, "__setitem__"):
        raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
    size, n = len(data), len(buffer)
    if offset < 0:
        if offset + size > 0:
            raise error(f"no space to pack {size} bytes at offset {offset}")
        if offset + n < 0:
            raise error(f"offset {offset} out of range for {n}-byte buffer")
        offset += n
    if n - offset < size:
        raise error(f"pack_into requires a buffer of at least {size + offset} bytes for packing "
                    f"{size} bytes at offset {offset} (actual buffer size is {n})")
    buffer[offset:offset + size] = data


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
