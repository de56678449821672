"""Turning Python objects into JSON text."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

from _json import encode as _native_encode

_float_repr = float.__repr__
# Python types written as JSON arrays.
_ARRAY_TYPES = (list, tuple)
_NON_FINITE = {'nan': 'NaN', 'inf': 'Infinity', '-inf': '-Infinity'}

# --- string quoting --------------------------------------------------------

# Escapes every JSON encoder must apply: the quote, the backslash and the
# C0 control characters (five of which have short forms).
_MANDATORY = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f',
              '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _code in range(0x20):
    _MANDATORY.setdefault(chr(_code), '\\u%04x' % _code)
del _code


def _u_escape(ch):
    """The \\u escape (four hex digits) of ch; astral characters become a surrogate pair."""
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


# The same, keyed by code point for str.translate.
_MANDATORY_BY_CODE = {ord(ch): spelled for ch, spelled in _MANDATORY.items()}
_ASCII_BASE = dict(_MANDATORY_BY_CODE)
_ASCII_BASE[0x7F] = '\\u007f'
# For ASCII output: the base escapes plus those of the non-ASCII characters
# met so far, so that most strings need a single translate() call. It is
# reset once it grows past _LEARNED_LIMIT entries.
_ascii_table = dict(_ASCII_BASE)
_LEARNED_LIMIT = 4096


def encode_basestring_ascii(s):
    """s as a JSON string literal using only printable ASCII."""
    # isascii + isprintable together mean every char is in ' '..'~'.
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return f'"{s}"'
    table = _ascii_table
    text = s.translate(table)
    if not text.isascii():
        for ch in s:
            if ch > '\x7f' and ord(ch) not in table:
                table[ord(ch)] = _u_escape(ch)
        text = s.translate(table)
        if len(table) > _LEARNED_LIMIT:
            table.clear()
            table.update(_ASCII_BASE)
    return f'"{text}"'


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters left as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return f'"{s}"'
    return f'"{s.translate(_MANDATORY_BY_CODE)}"'


# --- the encoder -----------------------------------------------------------

def _build_writer(emit, markers, default, quote, float_text, indent,
                  key_separator, item_separator, sort_keys, skipkeys,
                  split_keys):
    """Return write(o, depth) which passes the JSON text of o to emit in
    pieces. The piece boundaries are those iterencode is expected to show:
    a scalar array item travels together with the separator before it,
    while object keys, key separators and containers are pieces of their own.
    When nobody looks at the pieces (split_keys false) each key travels
    together with its key separator, which saves a piece per entry.

    The scalar cases are spelled out inside the container loops because a
    function call per element would cost more than the tests themselves.
    """
    int_text = int.__repr__
    # Label (quoted key, plus the key separator unless split_keys) of each
    # str key met so far; documents repeat their keys.
    labels = {}
    label_end = '' if split_keys else key_separator

    def enter(o):
        """Mark o as being written; ValueError if it already is (a cycle)."""
        mark = id(o)
        if mark in markers:
            raise ValueError('Circular reference detected')
        markers[mark] = o
        return mark

    def scalar_text(o):
        """JSON text of a str/None/bool/int/float, else None."""
        if isinstance(o, str):
            return quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int_text(o)
        if isinstance(o, float):
            return float_text(o)
        return None

    def write_list(seq, depth):
        if not seq:
            emit('[]')
            return
        if markers is not None:
            mark = enter(seq)
        if indent is None:
            before = '['
            between = item_separator
        else:
            depth += 1
            newline = '\n' + indent * depth
            before = '[' + newline
            between = item_separator + newline
        for item in seq:
            if isinstance(item, str):
                emit(before + quote(item))
            elif item is None:
                emit(before + 'null')
            elif item is True:
                emit(before + 'true')
            elif item is False:
                emit(before + 'false')
            elif isinstance(item, int):
                emit(before + int_text(item))
            elif isinstance(item, float):
                emit(before + float_text(item))
            # Nested containers are entered directly: one frame per level.
            elif isinstance(item, _ARRAY_TYPES):
                emit(before)
                write_list(item, depth)
            elif isinstance(item, dict):
                emit(before)
                write_dict(item, depth)
            else:
                emit(before)
                write(item, depth)
            before = between
        if indent is not None:
            emit('\n' + indent * (depth - 1))
        emit(']')
        if markers is not None:
            del markers[mark]

    def key_text(key):
        """The property name for a non-str dict key, or None to skip it."""
        if isinstance(key, str):
            return key
        # Other keys are written as the scalar they are, unquoted here.
        text = scalar_text(key)
        if text is not None:
            return text
        if skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def write_dict(mapping, depth):
        if not mapping:
            emit('{}')
            return
        if markers is not None:
            mark = enter(mapping)
        emit('{')
        if indent is None:
            between = item_separator
        else:
            depth += 1
            newline = '\n' + indent * depth
            between = item_separator + newline
            emit(newline)
        entries = sorted(mapping.items()) if sort_keys else mapping.items()
        first = True
        for key, value in entries:
            if isinstance(key, str):
                label = labels.get(key)
                if label is None:
                    label = labels[key] = quote(key) + label_end
            else:
                name = key_text(key)
                if name is None:
                    continue
                label = quote(name) + label_end
            if first:
                first = False
            else:
                emit(between)
            emit(label)
            if split_keys:
                emit(key_separator)
            if isinstance(value, str):
                emit(quote(value))
            elif value is None:
                emit('null')
            elif value is True:
                emit('true')
            elif value is False:
                emit('false')
            elif isinstance(value, int):
                emit(int_text(value))
            elif isinstance(value, float):
                emit(float_text(value))
            elif isinstance(value, _ARRAY_TYPES):
                write_list(value, depth)
            elif isinstance(value, dict):
                write_dict(value, depth)
            else:
                write(value, depth)
        if indent is not None:
            emit('\n' + indent * (depth - 1))
        emit('}')
        if markers is not None:
            del markers[mark]

    def write(o, depth):
        text = scalar_text(o)
        if text is not None:
            emit(text)
        elif isinstance(o, _ARRAY_TYPES):
            write_list(o, depth)
        elif isinstance(o, dict):
            write_dict(o, depth)
        else:
            # Whatever default() turns o into is written in o's place; o
            # stays marked meanwhile so a default() returning o is caught.
            if markers is not None:
                mark = enter(o)
            write(default(o), depth)
            if markers is not None:
                del markers[mark]

    return write


class JSONEncoder:
    """Encoder for Python data structures.

    dict becomes an object, list and tuple arrays, str strings, int and
    float numbers, True/False/None true/false/null. Subclasses can override
    default() to teach it further types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            between_items, after_key = separators
            self.item_separator = between_items
            self.key_separator = after_key
        elif indent is not None:
            # With line breaks after commas a trailing space is pointless.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o as one str."""
        if isinstance(o, str):
            return self._quote()(o)
        if self.indent is None and type(self).iterencode is JSONEncoder.iterencode:
            # CPython's one-shot encoder takes only str separators.
            for number, separator in ((5, self.key_separator), (6, self.item_separator)):
                if not isinstance(separator, str):
                    raise TypeError("make_encoder() argument %d must be str, not %s"
                                    % (number, type(separator).__name__))
            # The native encoder writes values made of the exact built-in
            # types; it answers None for anything else, which the Python
            # encoder below writes (with default()) or refuses.
            text = _native_encode(o, self.key_separator, self.item_separator, self.sort_keys,
                                  self.skipkeys, self.ensure_ascii, self.allow_nan)
            if text is not None:
                return text
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of str pieces."""
        if _one_shot:
            chunks = []
            self._write(o, chunks.append, True)
            return chunks
        return self._pieces(o)

    def _pieces(self, o):
        # Runs on first next(), like a lazy encoder would. On failure the
        # pieces made so far come out first, then the error, so json.dump
        # leaves the same partial output behind as CPython.
        chunks = []
        failure = None
        try:
            self._write(o, chunks.append, False)
        except Exception as exc:
            failure = exc
        yield from chunks
        if failure is not None:
            raise failure

    def _quote(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring

    def _write(self, o, emit, one_shot):
        allow_nan = self.allow_nan
        # CPython's one-shot encoder (no indent) omits the offending value
        # from its non-finite float error; keep the messages identical.
        terse_errors = one_shot and self.indent is None

        def float_text(f):
            text = _float_repr(f)
            # Only 'nan', 'inf' and '-inf' end in a letter.
            if text[-1] not in 'nf':
                return text
            if not allow_nan:
                message = 'Out of range float values are not JSON compliant'
                if not terse_errors:
                    message += ': ' + text
                raise ValueError(message)
            return _NON_FINITE[text]

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        write = _build_writer(
            emit, {} if self.check_circular else None, self.default,
            self._quote(), float_text, indent, self.key_separator,
            self.item_separator, self.sort_keys, self.skipkeys, not one_shot)
        write(o, 0)
