# json.loads: the native fast path and the Python parser agree, and every
# malformed document gets CPython's error.
import json

cases = [
    '0', '-0', '-0.0', '1.5', '1e5', '1E+2', '1e-3', '-12.5e2', '123456789012345678901234567890',
    '1.7976931348623157e308', '1e400', '-1e400', '5e-324', '0.1', '[1.0, 2.50, 3e0]',
    'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', ' \t\n\r[ 1 , 2 ]\n ',
    '"plain"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u4e2d\\ud83d\\ude00"', '"é中😀"',
    '{}', '[]', '{"a": {"b": [{}, []]}}', '{"k": 1, "k": 2}', '[[[[[[[[[[1]]]]]]]]]]',
    '{"z": 1, "a": 2, "m": [true, false, null]}',
    # malformed: the Python parser reports them
    '', ' ', '[', '[1,', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '{"a": 1', '"abc', '"a\\x"',
    '"\\u12"', '"\\u12zz"', '01', '1.', '.5', '-', '--1', '1e', '1e+', 'tru', 'nul', 'nan', 'inf',
    '[1] 2', '{"a": 1} x', '"\x01"', '[1 2]', '{"a": 1 "b": 2}', '\ufeff[1]',
]
for text in cases:
    try:
        value = json.loads(text)
        print(repr(text), "->", repr(value), type(value).__name__)
    except json.JSONDecodeError as e:
        print(repr(text), "!!", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(text), "!!", type(e).__name__, e)

# strict=False lets control characters through.
print(json.loads('"a\tb\x01"', strict=False) == "a\tb\x01")
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
# Hooks and subclasses still see everything.
print(json.loads('{"a": 1.5, "b": [2]}', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {}}', object_hook=lambda d: len(d)))
print(json.loads('[NaN]', parse_constant=lambda c: c))
class Dec(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        value, end = super().raw_decode(s, idx)
        return ("seen", value), end
print(json.loads('[1]', cls=Dec))
# Deep nesting and large documents.
deep = "[" * 500 + "]" * 500
print(len(repr(json.loads(deep))))
big = json.dumps({"k%d" % i: [i, str(i) * 3, i / 7, None, {"x": [True]}] for i in range(2000)})
print(json.loads(big) == {"k%d" % i: [i, str(i) * 3, i / 7, None, {"x": [True]}] for i in range(2000)})
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')))
try: json.loads("1" * 5000)
except ValueError as e: print(type(e).__name__, str(e)[:60])
