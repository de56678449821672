"""Character-class constants, capwords(), $-templates (Template) and a
customisable str.format engine (Formatter).

Written for weft; the behaviour matches CPython 3.11's module.
"""

import collections as _collections
import re as _re

__all__ = [
    # constants
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
    # functions and classes
    "capwords", "Formatter", "Template",
]

# --- constants ---------------------------------------------------------------

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = "".join((ascii_lowercase, ascii_uppercase))
digits = "0123456789"
hexdigits = "0123456789abcdefABCDEF"
octdigits = "01234567"
# The ASCII characters that are neither letters, digits nor blanks.
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = "".join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    """Split s on sep (blanks by default), capitalize each piece, and join
    them again with sep (a single space by default)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# --- Template ------------------------------------------------------------------

# The default for substitute(): tells "no mapping given" apart from {}.
_NO_MAPPING = {}


class Template:
    """A string with $name, ${name} and $$ placeholders.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern` and
    `flags`, or give a whole `pattern` with the groups escaped, named,
    braced and invalid; the pattern is compiled when the class is made.
    """

    delimiter = '$'
    # ASCII only, whatever the flags say: IGNORECASE would otherwise let
    # some non-ASCII letters match [a-z].
    idpattern = "(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            lead = _re.escape(cls.delimiter)
            name = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            source = (lead + '(?:'
                      + '(?P<escaped>' + lead + ')'
                      + '|(?P<named>' + name + ')'
                      + '|\\{(?P<braced>' + braced + ')\\}'
                      + '|(?P<invalid>))')
        # Patterns are verbose, so that a subclass may lay its own out.
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _bad_placeholder(self, match):
        # Report where it is as 1-based line and column.
        at = match.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        if before:
            line, column = len(before), len(before[-1])
        else:
            line = column = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, column))

    def _unknown_group(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _lookup_table(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _collections.ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace every placeholder; a missing name raises KeyError and a
        malformed placeholder ValueError."""
        table = self._lookup_table(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(table[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._bad_placeholder(match)
            raise self._unknown_group()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but unknown names and malformed placeholders
        are left as they are."""
        table = self._lookup_table(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(table[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise self._unknown_group()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """False if some placeholder is malformed."""
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None
                    and match.group('braced') is None
                    and match.group('escaped') is None):
                raise self._unknown_group()
        return True

    def get_identifiers(self):
        """The names used by the placeholders, first occurrence first."""
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif (match.group('invalid') is None
                  and match.group('escaped') is None):
                raise self._unknown_group()
        return names


# Template itself gets its pattern the way its subclasses do.
Template.__init_subclass__()


# --- parsing format strings (what CPython keeps in its _string module) ------

_INDEX_LIMIT = 2 ** 63 - 1


def _as_index(text):
    """text as an int if it is all decimal digits, else None."""
    if not text or not all(c.isdecimal() for c in text):
        return None
    value = int(text)
    if value > _INDEX_LIMIT:
        raise ValueError("Too many decimal digits in format string")
    return value


def _read_field(s, i):
    """Parse the replacement field whose '{' is just before s[i].
    Returns (name, spec, conversion, index after the closing '}')."""
    n = len(s)
    # The name runs up to ':', '!' or '}'; a [key] may hold any of them.
    start = i
    while True:
        if i == n:
            raise ValueError("expected '}' before end of string")
        c = s[i]
        if c == '[':
            close = s.find(']', i)
            i = n if close < 0 else close + 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c in ':!}':
            break
        i += 1
    name = s[start:i]
    conversion = None
    if s[i] == '!':
        if i + 1 == n:
            raise ValueError(
                "end of string while looking for conversion specifier")
        conversion = s[i + 1]
        i += 2
        if i < n and s[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if i < n and s[i] == '}':
        return name, '', conversion, i + 1
    # A format spec (after ':'), which may nest fields: balance braces.
    i += 1
    start, depth = i, 1
    while i < n:
        if s[i] == '{':
            depth += 1
        elif s[i] == '}':
            depth -= 1
            if depth == 0:
                return name, s[start:i], conversion, i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) for each
    piece of s, lazily as str.format reads it; the last three are None
    for a piece of plain text."""
    n = len(s)
    i = 0
    while i < n:
        literal = []
        field = None
        while i < n:
            c = s[i]
            if c not in '{}':
                literal.append(c)
                i += 1
                continue
            doubled = i + 1 < n and s[i + 1] == c
            if doubled:
                # '{{' or '}}': one brace of text, which ends this piece.
                literal.append(c)
                i += 2
                break
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            name, spec, conversion, i = _read_field(s, i + 1)
            field = (name, spec, conversion)
            break
        if field is None:
            yield ''.join(literal), None, None, None
        else:
            yield (''.join(literal),) + field


def _split_field_name(name):
    """(first, lazy iterator of (is_attribute, key)) for e.g. 'a.b[0]'."""
    n = len(name)
    first_end = 0
    while first_end < n and name[first_end] not in '.[':
        first_end += 1
    first = name[:first_end]
    index = _as_index(first)

    def accessors(i):
        while i < n:
            if name[i] == '.':
                end = i + 1
                while end < n and name[end] not in '.[':
                    end += 1
                attr = name[i + 1:end]
                if not attr:
                    raise ValueError("Empty attribute in format string")
                yield True, attr
            else:
                close = name.find(']', i)
                if close < 0:
                    raise ValueError("Missing ']' in format string")
                key = name[i + 1:close]
                if not key:
                    raise ValueError("Empty attribute in format string")
                number = _as_index(key)
                yield False, key if number is None else number
                end = close + 1
                if end < n and name[end] not in '.[':
                    raise ValueError("Only '.' or '[' may follow ']' in "
                                     "format field specifier")
            i = end

    return (first if index is None else index), accessors(first_end)


# --- Formatter -----------------------------------------------------------------

_NUMBERING_CLASH = ('cannot switch from manual field specification to '
                    'automatic field numbering')


class Formatter:
    """str.format() written in Python, with each step a method that a
    subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, next_auto):
        """Format one level of format_string.  next_auto is the next
        automatic argument number, or False once fields were numbered by
        hand.  Returns the text and the updated next_auto."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if next_auto is False:
                    raise ValueError(_NUMBERING_CLASH)
                name = str(next_auto)
                next_auto += 1
            elif name.isdigit():
                if next_auto:
                    raise ValueError(_NUMBERING_CLASH)
                next_auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            # The spec may itself hold fields: {0:{1}}.
            spec, next_auto = self._expand(spec, args, kwargs, used,
                                           depth - 1, next_auto)
            out.append(self.format_field(value, spec))
        return ''.join(out), next_auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        # Unused arguments are fine by default; subclasses may object.
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier " + str(conversion))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name names, and the key of the argument it
        starts from."""
        first, rest = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
