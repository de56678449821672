"""Packing values into bytes and back: pack, unpack, unpack_from,
iter_unpack, calcsize, Struct and error (the work is in the native
`_struct`)."""

from _struct import pack, unpack, unpack_from, iter_unpack, calcsize, error

__all__ = ["pack", "unpack", "unpack_from", "iter_unpack", "calcsize", "Struct", "error"]


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
