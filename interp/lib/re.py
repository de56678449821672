"""Regular expressions with CPython's syntax and API. Patterns are checked,
translated and run by the native `_re` (see interp/src/modules/re/mod.rs for
where the semantics differ); Pattern, Match, templates, split and sub are
here."""

import _re
import enum

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
    "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name in ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                     "UNICODE", "VERBOSE", "DEBUG", "ASCII"):
            bit = int(RegexFlag[name])
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


class _MappingProxy:
    """A read-only view of a dict, shown as CPython's mappingproxy."""

    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def get(self, key, default=None):
        return self._d.get(key, default)

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return self._d.copy()

    def __eq__(self, other):
        return self._d == other

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


def _latin1(s):
    return s.decode("latin-1")


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            self._bytes = True
            text = _latin1(bytes(pattern))
            if flags & 32:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            self._ascii_added = not flags & 256
            flags = flags | 256
        elif isinstance(pattern, str):
            self._bytes = False
            text = pattern
        else:
            raise TypeError("first argument must be string or compiled pattern")
        r = _re.compile(text, int(flags))
        if r[0] is None:
            if r[2] is None:
                raise error(r[1])
            raise error(r[1], pattern, r[2])
        self._engine = r[0]
        self.pattern = pattern
        self.groups = r[1]
        self._index = r[2]
        self.groupindex = _MappingProxy(r[2])
        f = r[3]
        if self._bytes and self._ascii_added:
            f &= ~256
        self.flags = f
        self._names = {v: k for k, v in r[2].items()}
        self._templates = {}

    def _text(self, string):
        if string.__class__ is str and not self._bytes:
            return string
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if not isinstance(string, (bytes, bytearray)):
                raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
            return _latin1(bytes(string))
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _re.search(self._engine, self, string, self._text(string), self._index,
                          self._bytes, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _re.search(self._engine, self, string, self._text(string), self._index,
                          self._bytes, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _re.search(self._engine, self, string, self._text(string), self._index,
                          self._bytes, pos, endpos, 0)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        text = self._text(string)
        return text, _re.scan(self._engine, text, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _re.iter(self._engine, self, string, self._text(string), self._index,
                        self._bytes, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        text, found = self._scan(string, pos, endpos)
        out = []
        g = self.groups
        conv = self._out
        for r in found:
            if g == 0:
                out.append(conv(text[r[1]:r[2]]))
            elif g == 1:
                out.append(conv(text[r[3]:r[4]]) if r[3] >= 0 else conv(""))
            else:
                out.append(tuple(conv(text[r[i]:r[i + 1]]) if r[i] >= 0 else conv("")
                                 for i in range(3, 2 * g + 3, 2)))
        return out

    def _out(self, s):
        if self._bytes:
            return s.encode("latin-1")
        return s

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        text, found = self._scan(string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        conv = self._out
        for r in found:
            out.append(conv(text[last:r[1]]))
            for i in range(3, 2 * self.groups + 3, 2):
                out.append(conv(text[r[i]:r[i + 1]]) if r[i] >= 0 else None)
            last = r[2]
        out.append(conv(text[last:]))
        return out

    def _template(self, repl):
        t = self._templates.get(repl)
        if t is None:
            t = _parse_template(repl, self)
            self._templates[repl] = t
        return t

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
            template = None
        else:
            if self._bytes:
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, str found")
                repl_text = _latin1(bytes(repl))
            else:
                if not isinstance(repl, str):
                    raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
                repl_text = repl
            template = self._template(repl_text) if "\\" in repl_text else [repl_text]
        if count < 0:
            count = 0
        text, n = _re.sub(self._engine, self, string, self._text(string), self._index,
                          self._bytes, count, func if template is None else template)
        return self._out(text), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if flags:
            return "re.compile(%s, %r)" % (p, RegexFlag(flags))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _Scanner:
    """Pattern.scanner(): successive match() or search() calls, each going
    on where the last match ended (an empty match must be followed by a
    move)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = 0 if pos < 0 else min(pos, n)
        self._endpos = endpos
        self._advance = False

    def _next(self, mode):
        p = self.pattern
        pos = self._pos
        m = _re.search(p._engine, p, self._string, p._text(self._string), p._index,
                       p._bytes, pos, self._endpos, mode)
        if m is not None and self._advance and m.end() == pos:
            if mode == 1 or pos >= len(self._string):
                return None
            m = _re.search(p._engine, p, self._string, p._text(self._string), p._index,
                           p._bytes, pos + 1, self._endpos, 0)
        if m is not None:
            self._advance = m.start() == m.end()
            self._pos = m.end()
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


def _parse_template(repl, pattern):
    """The pieces of a replacement template: strings and group numbers."""
    items = []
    lit = []
    i = 0
    n = len(repl)

    def fail(msg, pos):
        raise error(msg, pattern._out(repl) if pattern._bytes else repl, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = repl[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            fail("bad escape (end of pattern)", i - 1)
        c = repl[i]
        i += 1
        start = i - 2
        if c == "g":
            if i >= n or repl[i] != "<":
                fail("missing <", i)
            i += 1
            j = repl.find(">", i)
            if j < 0:
                if i >= n:
                    fail("missing group name", i)
                fail("missing >, unterminated name", i)
            name = repl[i:j]
            if not name:
                fail("missing group name", i)
            i = j + 1
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            else:
                if not (name.isdigit() and name.isascii()):
                    fail("bad character in group name %r" % name, j - len(name))
                index = int(name)
            addgroup(index, j - len(name))
        elif c == "0":
            digits = "0"
            while len(digits) < 3 and i < n and repl[i] in "01234567":
                digits += repl[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in "0123456789":
            digits = c
            if i < n and repl[i] in "0123456789":
                digits += repl[i]
                i += 1
                if c in "01234567" and digits[1] in "01234567" and i < n and repl[i] in "01234567":
                    digits += repl[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    lit.append(chr(v))
                    continue
            addgroup(int(digits), start + 1)
        else:
            esc = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v", "\\": "\\"}.get(c)
            if esc is not None:
                lit.append(esc)
            elif c.isascii() and c.isalpha():
                fail("bad escape \\%s" % c, start)
            else:
                lit.append("\\" + c)
    if lit:
        items.append("".join(lit))
    return items


def _expand(match, template):
    """Match.expand: the template with the match's groups put in."""
    p = match.re
    if p._bytes:
        template = _latin1(bytes(template))
    out = []
    for item in _parse_template(template, p):
        if item.__class__ is int:
            v = match.group(item)
            if v is not None:
                out.append(_latin1(v) if p._bytes else v)
        else:
            out.append(item)
    return p._out("".join(out))


_re.set_expand(_expand)
Match = type(Pattern("", 0).match(""))


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_special = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _special else c for c in pattern)
    return escape(_latin1(bytes(pattern))).encode("latin-1")
