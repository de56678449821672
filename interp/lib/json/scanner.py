"""Building a value scanner from a decoder's settings."""
from json.decoder import _build_parser, JSONDecodeError

__all__ = ['make_scanner']


def make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for the settings of
    context (a JSONDecoder or anything with the same attributes).

    When no value starts at idx, scan_once raises StopIteration(idx);
    malformed values deeper inside raise JSONDecodeError.
    """
    parse = _build_parser(context.strict, context.object_hook,
                          context.object_pairs_hook, context.parse_float,
                          context.parse_int, context.parse_constant)

    def scan_once(string, idx):
        try:
            return parse(string, idx)
        except JSONDecodeError as err:
            # Only a value missing right at idx counts as "no value here";
            # any nested failure lies further on and is reported as is.
            if err.pos == idx and err.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise

    return scan_once
