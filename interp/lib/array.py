"""array.array: typed sequences of numbers (b B u h H i I l L q Q f d) with
CPython's range checks and messages. Items are kept as Python values,
checked and converted on the way in; bytes go through _struct (native
sizes and byte order)."""

import _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


def _range(v, lo, hi, name):
    if v > hi:
        raise OverflowError(name + " is greater than maximum")
    if v < lo:
        raise OverflowError(name + " is less than minimum")


def _as_long(v):
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _as_unsigned(v):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")


def _float32(x):
    try:
        return _struct.unpack("f", _struct.pack("f", x))[0]
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


def _convert(code, v):
    """`v` as an item of a `code` array, with CPython's conversions (each
    code goes through the same chain of C conversions as in CPython)."""
    if code == "f" or code == "d":
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            try:
                x = float(v)
            except OverflowError:
                raise OverflowError("int too large to convert to float") from None
        else:
            f = getattr(type(v), "__float__", None)
            if f is None:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            x = f(v)
        return _float32(x) if code == "f" else x
    if code == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    v = _index(v)
    if code == "b":
        _as_long(v)
        _range(v, -32768, 32767, "signed short integer")
        _range(v, -128, 127, "signed char")
    elif code == "B":
        _as_long(v)
        _range(v, 0, 255, "unsigned byte integer")
    elif code == "h":
        _as_long(v)
        _range(v, -32768, 32767, "signed short integer")
    elif code == "H":
        _as_long(v)
        _range(v, -(1 << 31), (1 << 31) - 1, "signed integer")
        _range(v, 0, 65535, "unsigned short")
    elif code == "i":
        _as_long(v)
        _range(v, -(1 << 31), (1 << 31) - 1, "signed integer")
    elif code == "I":
        _as_unsigned(v)
        _range(v, 0, (1 << 32) - 1, "unsigned int")
    elif code == "l":
        _as_long(v)
    elif code == "L":
        _as_unsigned(v)
    elif code == "q":
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("int too big to convert")
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError("int too big to convert")
    return v


class array:
    """array(typecode[, initializer]): an array of numbers of one C type."""

    __slots__ = ("_code", "_a")

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._code == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'"
                                % typecode)
            self._a = [_convert(typecode, v) for v in initializer._a]
        else:
            self._a = [_convert(typecode, v) for v in initializer]

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def _new(self, items):
        a = array(self._code)
        a._a = items
        return a

    def append(self, v):
        self._a.append(_convert(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
        else:
            code = self._code
            self._a.extend([_convert(code, v) for v in iterable])

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        code = self._code
        self._a.extend([_convert(code, v) for v in items])

    def tolist(self):
        return list(self._a)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(s)

    def tounicode(self):
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def tobytes(self):
        if self._code == "u":
            return b"".join(ord(c).to_bytes(4, "little") for c in self._a)
        return _struct.pack("%d%s" % (len(self._a), self._code), *self._a)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = _SIZES[self._code]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        if self._code == "u":
            self._a.extend(chr(int.from_bytes(data[i:i + 4], "little")) for i in range(0, len(data), 4))
        elif n:
            self._a.extend(_struct.unpack("%d%s" % (n, self._code), data))

    def pop(self, i=-1):
        a = self._a
        if not a:
            raise IndexError("pop from empty array")
        i = _index(i)
        if i < 0:
            i += len(a)
        if not 0 <= i < len(a):
            raise IndexError("pop index out of range")
        return a.pop(i)

    def insert(self, i, v):
        i = _index(i)
        self._a.insert(i, _convert(self._code, v))

    def index(self, v, start=0, stop=9223372036854775807):
        a = self._a
        n = len(a)
        if not isinstance(start, int) or not isinstance(stop, int):
            raise TypeError("slice indices must be integers or have an __index__ method")
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if a[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._a if x == v)

    def remove(self, v):
        a = self._a
        for i in range(len(a)):
            if a[i] == v:
                del a[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def reverse(self):
        self._a.reverse()

    def byteswap(self):
        data = self.tobytes()
        size = _SIZES[self._code]
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._a = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._a))

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        if not isinstance(i, int):
            if getattr(type(i), "__index__", None) is None:
                raise TypeError("array indices must be integers")
            i = i.__index__()
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            items = list(v._a)
            if i.step is not None and i.step != 1:
                n = len(range(*i.indices(len(self._a))))
                if len(items) != n:
                    raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                     % (len(items), n))
            self._a[i] = items
            return
        if not isinstance(i, int):
            if getattr(type(i), "__index__", None) is None:
                raise TypeError("array indices must be integers")
            i = i.__index__()
        v = _convert(self._code, v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        if not isinstance(i, int):
            raise TypeError("array indices must be integers")
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._a *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def _other(self, other, op):
        if not isinstance(other, array):
            raise TypeError("'%s' not supported between instances of 'array.array' and '%s'"
                            % (op, type(other).__name__))
        return other._a

    def __lt__(self, other):
        return self._a < self._other(other, "<")

    def __le__(self, other):
        return self._a <= self._other(other, "<=")

    def __gt__(self, other):
        return self._a > self._other(other, ">")

    def __ge__(self, other):
        return self._a >= self._other(other, ">=")

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __reduce__(self):
        return (array, (self._code, list(self._a)))

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self._code
        if self._code == "u":
            return "array('u', %r)" % "".join(self._a)
        return "array('%s', %r)" % (self._code, self._a)


ArrayType = array
