"""Turning JSON text into Python objects.

The parser is a set of mutually recursive closures built once per decoder
(see `_build_parser`); they pass around the document and an index into it
and hand back `(value, index after the value)`.
"""
import re

from _json import parse as _native_parse

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Raised for malformed JSON; knows where in the document it went wrong.

    msg is the bare complaint, doc the text being parsed, pos the offending
    index; lineno and colno are pos translated to 1-based line and column.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {line} column {col} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        # Rebuild from the three constructor arguments, not from args.
        return type(self), (self.msg, self.doc, self.pos)


# --- strings ---------------------------------------------------------------

# One-character escapes after a backslash; \u with four hex digits is handled separately.
_ESCAPED = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_HEX_DIGITS = '0123456789abcdefABCDEF'
# Characters that end a run of literal string content.
_STRING_STOP = re.compile('["\\\\\x00-\x1f]')


def _hex_quad(s, at):
    """The code unit spelled by the four hex digits at s[at:], or None."""
    digits = s[at:at + 4]
    # strip() leaves something behind exactly when a non-hex char is present.
    if len(digits) == 4 and not digits.strip(_HEX_DIGITS):
        return int(digits, 16)
    return None


def _string_with_escapes(s, start, strict):
    """General string scanner: escapes, surrogate pairs, control chars."""
    parts = []
    i = start
    while True:
        m = _STRING_STOP.search(s, i)
        if m is None:
            raise JSONDecodeError('Unterminated string starting at', s, start - 1)
        j = m.start()
        if j > i:
            parts.append(s[i:j])
        ch = s[j]
        if ch == '"':
            return ''.join(parts), j + 1
        if ch != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, j)
            parts.append(ch)
            i = j + 1
            continue
        kind = s[j + 1:j + 2]
        if kind != 'u':
            if not kind:
                raise JSONDecodeError('Unterminated string starting at', s, start - 1)
            if kind not in _ESCAPED:
                raise JSONDecodeError('Invalid \\escape', s, j)
            parts.append(_ESCAPED[kind])
            i = j + 2
            continue
        # An escape must leave room for the closing quote after it.
        unit = _hex_quad(s, j + 2) if j + 6 < len(s) else None
        if unit is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, j + 1)
        i = j + 6
        # A high surrogate directly followed by an escaped low surrogate
        # stands for one astral character; anything else stays as it is.
        if 0xD800 <= unit < 0xDC00 and s.startswith('\\u', i):
            low = _hex_quad(s, i + 2) if i + 6 < len(s) else None
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, i + 1)
            if 0xDC00 <= low < 0xE000:
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                i += 6
        parts.append(chr(unit))


def _unescape(body):
    """Decode the backslash escapes of a string body known to hold no
    control characters; None if any escape is irregular (the general
    scanner then reports it with its position)."""
    # After split, every piece but the first began right after a backslash.
    pieces = body.split('\\')
    out = [pieces[0]]
    count = len(pieces)
    k = 1
    while k < count:
        piece = pieces[k]
        if not piece:
            # Two backslashes in a row: an escaped backslash, and the piece
            # after the second one is plain text.
            if k + 1 >= count:
                return None
            out.append('\\')
            out.append(pieces[k + 1])
            k += 2
            continue
        kind = piece[0]
        if kind != 'u':
            if kind not in _ESCAPED:
                return None
            out.append(_ESCAPED[kind])
            out.append(piece[1:])
            k += 1
            continue
        unit = _hex_quad(piece, 1)
        if unit is None:
            return None
        k += 1
        if 0xD800 <= unit < 0xDC00 and len(piece) == 5 and k < count:
            # A surrogate pair spans two pieces: "uD83D" then "uDE00...".
            after = pieces[k]
            low = _hex_quad(after, 1) if after[:1] == 'u' else None
            if low is not None and 0xDC00 <= low < 0xE000:
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                piece = after
                k += 1
        if 0xD800 <= unit < 0xE000:
            # Lone surrogates are rare; leave them to the general scanner.
            return None
        out.append(chr(unit))
        out.append(piece[5:])
    return ''.join(out)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just past the
    opening quote). Returns (text, index just past the closing quote)."""
    close = s.find('"', end)
    if close < 0:
        return _string_with_escapes(s, end, strict)
    body = s[end:close]
    # Printable text without backslashes needs no decoding at all.
    if '\\' not in body:
        if body.isprintable():
            return body, close + 1
        return _string_with_escapes(s, end, strict)
    # Find the real closing quote: one preceded by an even run of
    # backslashes.
    while True:
        before = close - 1
        while before >= end and s[before] == '\\':
            before -= 1
        if (close - before) % 2:
            break
        close = s.find('"', close + 1)
        if close < 0:
            return _string_with_escapes(s, end, strict)
    body = s[end:close]
    if body.isprintable():
        text = _unescape(body)
        if text is not None:
            return text, close + 1
    return _string_with_escapes(s, end, strict)


# --- values ----------------------------------------------------------------

_BLANKS = ' \t\n\r'
# JSON's number grammar; the groups are the fraction and the exponent.
_NUMBER = re.compile(r'-?(?:[1-9][0-9]*|0)(\.[0-9]+)?([eE][-+]?[0-9]+)?')
_NUMBER_START = '-0123456789'
_DIGITS = '0123456789'
# Characters that may continue a number after its integer digits.
_NUMBER_TAIL = '.eE'
_NAMED_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'),
                    '-Infinity': float('-inf')}


def _build_parser(strict, object_hook, object_pairs_hook, parse_float,
                  parse_int, parse_constant):
    """Return parse(s, i) -> (value, end) for a value starting exactly at
    s[i]; a missing value raises JSONDecodeError('Expecting value').

    The container loops below repeat the plain-string case of scanstring
    inline: strings are the most common values and a call costs more than
    the check.
    """
    match_number = _NUMBER.match

    def parse(s, i):
        c = s[i:i + 1]
        if c == '"':
            return scanstring(s, i + 1, strict)
        if c == '{':
            return parse_object(s, i + 1)
        if c == '[':
            return parse_array(s, i + 1)
        if c and c in _NUMBER_START:
            # Plain integers are common and cheap to delimit by hand; every
            # other number goes through the full grammar.
            j = i + 1
            n = len(s)
            while j < n and s[j] in _DIGITS:
                j += 1
            if j == n or s[j] not in _NUMBER_TAIL:
                text = s[i:j]
                digits = text[1:] if c == '-' else text
                # No leading zeros allowed, and "-" alone is no number.
                if digits and (digits[0] != '0' or len(digits) == 1):
                    return parse_int(text), j
            m = match_number(s, i)
            if m is not None:
                fraction, exponent = m.groups()
                if fraction or exponent:
                    return parse_float(m.group()), m.end()
                return parse_int(m.group()), m.end()
            if s.startswith('-Infinity', i):
                return parse_constant('-Infinity'), i + 9
        elif c == 'n' and s.startswith('null', i):
            return None, i + 4
        elif c == 't' and s.startswith('true', i):
            return True, i + 4
        elif c == 'f' and s.startswith('false', i):
            return False, i + 5
        elif c == 'N' and s.startswith('NaN', i):
            return parse_constant('NaN'), i + 3
        elif c == 'I' and s.startswith('Infinity', i):
            return parse_constant('Infinity'), i + 8
        raise JSONDecodeError('Expecting value', s, i)

    def parse_array(s, i):
        n = len(s)
        if i < n and s[i] in _BLANKS:
            i = _skip_blanks(s, i + 1)
        items = []
        if i < n and s[i] == ']':
            return items, i + 1
        add = items.append
        while True:
            c = s[i:i + 1]
            if c == '"':
                close = s.find('"', i + 1)
                text = s[i + 1:close]
                if close > 0 and '\\' not in text and text.isprintable():
                    i = close + 1
                else:
                    text, i = scanstring(s, i + 1, strict)
                add(text)
            # Nested containers are entered directly, so that each level of
            # nesting costs one frame of the recursion limit, as in CPython.
            elif c == '[':
                item, i = parse_array(s, i + 1)
                add(item)
            elif c == '{':
                item, i = parse_object(s, i + 1)
                add(item)
            else:
                item, i = parse(s, i)
                add(item)
            if i < n and s[i] in _BLANKS:
                i = _skip_blanks(s, i + 1)
            c = s[i:i + 1]
            if c == ',':
                i += 1
                if i < n and s[i] in _BLANKS:
                    i = _skip_blanks(s, i + 1)
            elif c == ']':
                return items, i + 1
            else:
                raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def parse_object(s, i):
        n = len(s)
        if i < n and s[i] in _BLANKS:
            i = _skip_blanks(s, i + 1)
        # Without object_pairs_hook the entries go straight into a dict
        # (same result as dict(pairs): first position, last value wins).
        if object_pairs_hook is None:
            result = {}
            pairs = None
        else:
            pairs = []
        c = s[i:i + 1]
        if c == '}':
            i += 1
        else:
            while True:
                if c != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                close = s.find('"', i + 1)
                key = s[i + 1:close]
                if close > 0 and '\\' not in key and key.isprintable():
                    i = close + 1
                else:
                    key, i = scanstring(s, i + 1, strict)
                if s[i:i + 1] != ':':
                    if i < n and s[i] in _BLANKS:
                        i = _skip_blanks(s, i + 1)
                    if s[i:i + 1] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                if i < n and s[i] in _BLANKS:
                    i = _skip_blanks(s, i + 1)
                c = s[i:i + 1]
                if c == '"':
                    close = s.find('"', i + 1)
                    value = s[i + 1:close]
                    if close > 0 and '\\' not in value and value.isprintable():
                        i = close + 1
                    else:
                        value, i = scanstring(s, i + 1, strict)
                elif c == '{':
                    value, i = parse_object(s, i + 1)
                elif c == '[':
                    value, i = parse_array(s, i + 1)
                else:
                    value, i = parse(s, i)
                if pairs is None:
                    result[key] = value
                else:
                    pairs.append((key, value))
                if i < n and s[i] in _BLANKS:
                    i = _skip_blanks(s, i + 1)
                c = s[i:i + 1]
                if c == '}':
                    i += 1
                    break
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                if i < n and s[i] in _BLANKS:
                    i = _skip_blanks(s, i + 1)
                c = s[i:i + 1]
        # object_pairs_hook wins over object_hook when both are given.
        if pairs is not None:
            return object_pairs_hook(pairs), i
        if object_hook is not None:
            return object_hook(result), i
        return result, i

    return parse


class JSONDecoder:
    """Decoder for JSON documents.

    Objects become dicts, arrays lists, strings str, integers int, other
    numbers float, true/false/null True/False/None; NaN, Infinity and
    -Infinity are accepted too. The keyword arguments replace these
    conversions (see json.loads).
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        # Whether the native parser may decode (see decode); a subclass's
        # own raw_decode must see every document.
        self._standard = (object_hook is None and object_pairs_hook is None
                          and parse_float is None and parse_int is None
                          and parse_constant is None
                          and type(self).raw_decode is JSONDecoder.raw_decode)
        self.object_hook = object_hook
        # None means the standard conversion.
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        if parse_constant is None:
            parse_constant = _NAMED_CONSTANTS.__getitem__
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # Imported here: json.scanner builds on this module.
        from json.scanner import make_scanner
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """Parse the whole of s (surrounding whitespace allowed)."""
        if self._standard and type(s) is str:
            # The native parser takes well-formed documents with the
            # standard conversions; it answers None for anything else,
            # which the parser below decides (and reports) as CPython's.
            parsed = _native_parse(s, self.strict)
            if parsed is not None:
                return parsed[0]
        start = _skip_blanks(s, 0)
        value, end = self.raw_decode(s, idx=start)
        end = _skip_blanks(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Parse one value starting exactly at s[idx]; return it together
        with the index where it ends, leaving any rest of s alone."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError('Expecting value', s, missing.value) from None


def _skip_blanks(s, i):
    """Index of the first non-blank character at or after s[i]."""
    if i >= len(s) or s[i] not in _BLANKS:
        return i
    # lstrip on a bounded window measures a whole run of indentation in
    # one step instead of one loop turn per character.
    while True:
        window = s[i:i + 64]
        rest = window.lstrip(_BLANKS)
        i += len(window) - len(rest)
        if rest or not window:
            return i
