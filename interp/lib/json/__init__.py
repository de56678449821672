"""JSON (RFC 8259) encoding and decoding.

dumps/dump turn Python data into JSON text, loads/load parse JSON text
back into Python data. JSONEncoder and JSONDecoder hold the machinery and
can be subclassed; the cls argument of the four functions selects one.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Shared instances for calls that use no options at all.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


# The encoder settings in JSONEncoder's keyword order, with their defaults.
_ENCODER_DEFAULTS = (('skipkeys', False), ('ensure_ascii', True),
                     ('check_circular', True), ('allow_nan', True),
                     ('sort_keys', False), ('indent', None),
                     ('separators', None), ('default', None))


def _make_encoder(cls, settings, extra):
    """An encoder for the given settings; the shared one when they are
    all at their defaults."""
    if cls is None and not extra and all(
            settings[name] == plain for name, plain in _ENCODER_DEFAULTS):
        return _plain_encoder
    options = {name: settings[name] for name, _ in _ENCODER_DEFAULTS}
    options.update(extra)
    return (JSONEncoder if cls is None else cls)(**options)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp (piece by piece via fp.write).
    The options are those of dumps."""
    encoder = _make_encoder(cls, locals(), kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON str.

    skipkeys: drop dict entries whose key is not str/int/float/bool/None
        instead of raising TypeError.
    ensure_ascii: escape every non-ASCII character (\\u and four hex digits).
    check_circular: detect reference cycles (ValueError) instead of
        recursing until RecursionError.
    allow_nan: write NaN/Infinity/-Infinity; if false they raise ValueError.
    indent: None for one line, else a number of spaces or a str used per
        nesting level, with newlines between elements.
    separators: (item_separator, key_separator); the default is
        (', ', ': '), or (',', ': ') when indent is given.
    default: function giving a serializable stand-in for other objects.
    sort_keys: emit dict entries ordered by key.
    cls: JSONEncoder subclass to use; kw go to its constructor.
    """
    return _make_encoder(cls, locals(), kw).encode(obj)


def detect_encoding(b):
    """Guess the Unicode encoding of JSON bytes: from a byte order mark,
    else from where the zero bytes fall among the first four (JSON text
    starts with ASCII, so each encoding leaves a distinct pattern)."""
    head = bytes(b[:4])
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if head in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if head[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16'
    if len(head) == 4:
        zero = [byte == 0 for byte in head]
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(head) == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document read from fp (fp.read()). The options are
    those of loads."""
    options = dict(kw, object_hook=object_hook, parse_float=parse_float,
                   parse_int=parse_int, parse_constant=parse_constant,
                   object_pairs_hook=object_pairs_hook)
    return loads(fp.read(), cls=cls, **options)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document s (str, bytes or bytearray).

    object_hook(dict) replaces every decoded object by its result;
    object_pairs_hook(list of (key, value)) does the same from the ordered
    pairs and takes precedence. parse_float, parse_int and parse_constant
    receive the source text of floats, integers and NaN/Infinity/-Infinity.
    cls: JSONDecoder subclass to use; kw (e.g. strict) go to it.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            # Dropping the mark by hand gives the same text and does not
            # need that codec (Weft has none).
            s, encoding = s[3:], 'utf-8'
        s = s.decode(encoding, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    options = dict(kw)
    for name, value in (('object_hook', object_hook),
                        ('object_pairs_hook', object_pairs_hook),
                        ('parse_float', parse_float),
                        ('parse_int', parse_int),
                        ('parse_constant', parse_constant)):
        if value is not None:
            options[name] = value
    if cls is None and not options:
        return _plain_decoder.decode(s)
    return (cls or JSONDecoder)(**options).decode(s)
