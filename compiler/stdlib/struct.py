"""Conversion between Python values and C structs represented as bytes
(cranepy's own implementation): the functions come from the native
`_struct` module; `Struct` keeps a compiled format."""

from _struct import (pack, unpack, calcsize, pack_into, unpack_from, iter_unpack,
                     error)

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class Struct:
    """Struct(format): a compiled struct format with its `size`."""

    __module__ = "_struct"

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, "
                            f"not {type(format).__name__}")
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
