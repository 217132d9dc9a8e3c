"""Arrays of numbers with one C type per array (cranepy's own
implementation): items are kept as Python values after the C type's range
check (and float32 rounding for 'f'); bytes conversions use `struct`."""

import struct as _struct
from operator import index as _index

__all__ = ["array", "typecodes", "ArrayType"]

typecodes = "bBuhHiIlLqQfd"

_LONG = "Python int too large to convert to C long"
_ULONG = "Python int too large to convert to C unsigned long"
_NEG_UINT = "can't convert negative value to unsigned int"

# typecode: (itemsize, struct code, check(value) raising CPython's OverflowError)


def _signed(bits, name, long_msg=_LONG):
    lo = -(1 << (bits - 1))
    hi = (1 << (bits - 1)) - 1

    def check(v):
        if not -(1 << 63) <= v < (1 << 63):
            raise OverflowError(long_msg)
        if v > hi:
            raise OverflowError(f"{name} is greater than maximum")
        if v < lo:
            raise OverflowError(f"{name} is less than minimum")
    return check


def _small_unsigned(bits, name):
    hi = (1 << bits) - 1

    def check(v):
        if not -(1 << 63) <= v < (1 << 63):
            raise OverflowError(_LONG)
        if v > hi:
            raise OverflowError(f"{name} is greater than maximum")
        if v < 0:
            raise OverflowError(f"{name} is less than minimum")
    return check


def _check_I(v):
    if v < 0:
        raise OverflowError(_NEG_UINT)
    if v >= 1 << 64:
        raise OverflowError(_ULONG)
    if v > 0xFFFFFFFF:
        raise OverflowError("unsigned int is greater than maximum")


def _check_L(v):
    if v < 0:
        raise OverflowError(_NEG_UINT)
    if v >= 1 << 64:
        raise OverflowError(_ULONG)


def _check_q(v):
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError("int too big to convert")


def _check_Q(v):
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v >= 1 << 64:
        raise OverflowError("int too big to convert")


def _check_l(v):
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError(_LONG)


_TYPES = {
    "b": (1, "b", _signed(8, "signed char")),
    "B": (1, "B", _small_unsigned(8, "unsigned byte integer")),
    "u": (4, None, None),
    "h": (2, "h", _signed(16, "signed short integer")),
    "H": (2, "H", _small_unsigned(16, "unsigned short")),
    "i": (4, "i", _signed(32, "signed integer")),
    "I": (4, "I", _check_I),
    "l": (8, "q", _check_l),
    "L": (8, "Q", _check_L),
    "q": (8, "q", _check_q),
    "Q": (8, "Q", _check_Q),
    "f": (4, "f", None),
    "d": (8, "d", None),
}


def _convert(typecode, v):
    """The stored form of `v` for `typecode`, or CPython's error."""
    if typecode == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if typecode in "fd":
        if not isinstance(v, (int, float)) and not hasattr(type(v), "__float__"):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        v = float(v)
        if typecode == "f":
            v = _struct.unpack("f", _struct.pack("f", v))[0]
        return v
    v = _index(v)
    _TYPES[typecode][2](v)
    return int(v)


class array:
    """array(typecode[, initializer]): an array of `typecode` items."""

    __module__ = "array"
    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            what = "str" if isinstance(typecode, str) else type(typecode).__name__
            raise TypeError(f"array() argument 1 must be a unicode character, not {what}")
        if typecode not in _TYPES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._tc == "u") != (typecode == "u"):
                raise TypeError("cannot use a unicode array to initialize an array with "
                                f"typecode '{typecode}'")
            self.extend(list(initializer._items))
        else:
            self.extend(list(initializer))

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _TYPES[self._tc][0]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    # --- sequence protocol ---------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to '
                                "array slice")
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    # --- comparisons ---------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    # --- methods -------------------------------------------------------------

    def append(self, v):
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        new = [_convert(self._tc, v) for v in iterable]
        self._items.extend(new)

    def insert(self, i, v):
        self._items.insert(_index(i), _convert(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self.extend(items)

    def tobytes(self):
        if self._tc == "u":
            return "".join(self._items).encode("utf-32-le")
        code = _TYPES[self._tc][1]
        return _struct.pack(f"={len(self._items)}{code}", *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._tc == "u":
            self._items.extend(data.decode("utf-32-le"))
            return
        code = _TYPES[self._tc][1]
        self._items.extend(_struct.unpack(f"={len(data) // size}{code}", data))

    def byteswap(self):
        if self._tc == "u":
            raise RuntimeError("don't know how to byteswap this array type")
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"


ArrayType = array
