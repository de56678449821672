"""JSON encoding and decoding (dumps/dump/loads/load), as CPython's json."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or (ensure_ascii and ord(c) > 0x7E):
            n = ord(c)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float_repr(x, allow_nan):
    if x != x:
        text = "NaN"
    elif x == float("inf"):
        text = "Infinity"
    elif x == -float("inf"):
        text = "-Infinity"
    else:
        return repr(x)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if separators is None:
        separators = (", ", ": ") if indent is None else (",", ": ")
    item_sep, key_sep = separators
    if isinstance(indent, int):
        indent = " " * indent
    seen = set()

    def enc(o, level):
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, str):
            return _encode_str(o, ensure_ascii)
        if isinstance(o, int):
            return repr(int(o))
        if isinstance(o, float):
            return _float_repr(o, allow_nan)
        if isinstance(o, (list, tuple)) or (hasattr(o, "__iter__") and hasattr(o, "_values") and not hasattr(o, "keys")):
            items = list(o)
            if not items:
                return "[]"
            if id(o) in seen:
                raise ValueError("Circular reference detected")
            seen.add(id(o))
            parts = [enc(v, level + 1) for v in items]
            seen.discard(id(o))
            return _wrap("[", "]", parts, level)
        if isinstance(o, dict) or hasattr(o, "keys"):
            keys = list(o.keys())
            if not keys:
                return "{}"
            if id(o) in seen:
                raise ValueError("Circular reference detected")
            seen.add(id(o))
            pairs = []
            if sort_keys:
                keys = sorted(keys)
            for k in keys:
                v = o[k]
                if isinstance(k, str):
                    ks = k
                elif k is True:
                    ks = "true"
                elif k is False:
                    ks = "false"
                elif k is None:
                    ks = "null"
                elif isinstance(k, (int, float)):
                    ks = repr(k) if isinstance(k, int) else _float_repr(k, allow_nan)
                elif skipkeys:
                    continue
                else:
                    raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)
                pairs.append(_encode_str(ks, ensure_ascii) + key_sep + enc(v, level + 1))
            seen.discard(id(o))
            return _wrap("{", "}", pairs, level)
        if default is not None:
            return enc(default(o), level)
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def _wrap(open_, close, parts, level):
        if indent is None:
            return open_ + item_sep.join(parts) + close
        inner = "\n" + indent * (level + 1)
        return open_ + inner + (item_sep + inner).join(parts) + "\n" + indent * level + close

    return enc(obj, 0)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"


def loads(s, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    pos = _skip(s, 0)
    value, pos = _value(s, pos)
    pos = _skip(s, pos)
    if pos != len(s):
        raise JSONDecodeError("Extra data", s, pos)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)


def _skip(s, i):
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


def _value(s, i):
    if i >= len(s):
        raise JSONDecodeError("Expecting value", s, i)
    c = s[i]
    if c == "{":
        return _object(s, i + 1)
    if c == "[":
        return _array(s, i + 1)
    if c == '"':
        return _string(s, i + 1)
    if s.startswith("null", i):
        return None, i + 4
    if s.startswith("true", i):
        return True, i + 4
    if s.startswith("false", i):
        return False, i + 5
    if s.startswith("NaN", i):
        return float("nan"), i + 3
    if s.startswith("Infinity", i):
        return float("inf"), i + 8
    if s.startswith("-Infinity", i):
        return float("-inf"), i + 9
    j = i
    if j < len(s) and s[j] == "-":
        j += 1
    digits_start = j
    while j < len(s) and s[j].isdigit():
        j += 1
    if j == digits_start:
        raise JSONDecodeError("Expecting value", s, i)
    is_float = False
    if j < len(s) and s[j] == ".":
        is_float = True
        j += 1
        while j < len(s) and s[j].isdigit():
            j += 1
    if j < len(s) and s[j] in "eE":
        is_float = True
        j += 1
        if j < len(s) and s[j] in "+-":
            j += 1
        while j < len(s) and s[j].isdigit():
            j += 1
    text = s[i:j]
    return (float(text) if is_float else int(text)), j


def _string(s, i):
    out = []
    start = i - 1
    while True:
        if i >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, start)
        c = s[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\\":
            e = s[i + 1] if i + 1 < len(s) else ""
            if e == "u":
                n = int(s[i + 2:i + 6], 16)
                i += 6
                if 0xD800 <= n < 0xDC00 and s.startswith("\\u", i):
                    m = int(s[i + 2:i + 6], 16)
                    if 0xDC00 <= m < 0xE000:
                        n = 0x10000 + ((n - 0xD800) << 10) + (m - 0xDC00)
                        i += 6
                out.append(chr(n))
                continue
            mapping = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
            if e not in mapping:
                raise JSONDecodeError("Invalid \\escape", s, i)
            out.append(mapping[e])
            i += 2
            continue
        out.append(c)
        i += 1


def _array(s, i):
    result = []
    i = _skip(s, i)
    if i < len(s) and s[i] == "]":
        return result, i + 1
    while True:
        value, i = _value(s, _skip(s, i))
        result.append(value)
        i = _skip(s, i)
        if i < len(s) and s[i] == ",":
            i += 1
            continue
        if i < len(s) and s[i] == "]":
            return result, i + 1
        raise JSONDecodeError("Expecting ',' delimiter", s, i)


def _object(s, i):
    result = {}
    i = _skip(s, i)
    if i < len(s) and s[i] == "}":
        return result, i + 1
    while True:
        i = _skip(s, i)
        if i >= len(s) or s[i] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        key, i = _string(s, i + 1)
        i = _skip(s, i)
        if i >= len(s) or s[i] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", s, i)
        value, i = _value(s, _skip(s, i + 1))
        result[key] = value
        i = _skip(s, i)
        if i < len(s) and s[i] == ",":
            i += 1
            continue
        if i < len(s) and s[i] == "}":
            return result, i + 1
        raise JSONDecodeError("Expecting ',' delimiter", s, i)
