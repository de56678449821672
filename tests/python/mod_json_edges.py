# json edge cases: decode errors (message, pos, lineno, colno), encoder
# errors, escapes, key coercion, hooks, iterencode pieces, bytes input.
import json, io, copy
from json import decoder, encoder, scanner

def show(f):
    try:
        r = f()
    except json.JSONDecodeError as e:
        print('JSONDecodeError', repr(e.msg), e.pos, e.lineno, e.colno, '|', e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    else:
        print(ascii(r))

# --- decode errors ---
bad = ['', ' ', '\n\n', '{', '[', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[,]',
       '[1 2]', '{"a" 1}', '{1:2}', "{'a':1}", '{"a":1 "b":2}', 'tru', 'nul', 'fals', 'tRue', 'NaNx',
       '-', '-x', '-Inf', '1.', '1.e5', '1e', '1e+', '01', '-01', '00', '0x10', '+1', '.5',
       '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u 123"', '"\\u+123"', '"\\ud800\\u12"',
       '"a\x01"', '"a\nb"', '"a\tb"', '[1]]', '{"a":1}}', '{"a":1}\n x',
       '[\n  1,\n  2\n  3]', '\ufeff[1]', '[1\u0663]', '["a" "b"]', '{"a":{"b":[1,{"c" 2}]}}',
       'Infinity1', 'nan', 'infinity', '[-]', '[1e400, -1e400]', '[1]  \t\r\n ', ' \n [1] x']
for doc in bad:
    print(repr(doc), end=' ')
    show(lambda: json.loads(doc))
show(lambda: json.loads(5))
show(lambda: json.loads(None))
show(lambda: json.loads('"a\x01\tb\x1f"', strict=False))
show(lambda: json.loads('{"a\nb": "c\rd"}', strict=False))

# --- strings ---
show(lambda: json.loads('"\\ud83d\\ude00 \\uDBFF\\uDFFF \\uD834\\uDD1E"'))
show(lambda: json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u4E2D"'))
show(lambda: json.loads('"plain \u00e9 \u2028 \x7f \xa0 \U0001f600"'))
print(ascii(json.dumps('\U0001f600\x7f\x80\x00\x1f\u2028 "\\/\b\f\n\r\t')))
print(ascii(json.dumps('\U0001f600\x7f\x80\x00\x1f\u2028 "\\/\b\f\n\r\t', ensure_ascii=False)))
print(encoder.encode_basestring('a"\u00e9\n'), encoder.encode_basestring_ascii('a"\u00e9\n\U0001f600'))
print(decoder.scanstring('"abc" tail', 1), decoder.scanstring('x"a\\nb"', 2))
show(lambda: decoder.scanstring('"abc', 1))

# --- numbers ---
print(json.loads('[0, -0, 1, -1, 10, 1.5, -0.0, 1e5, 1E-5, 1e+5, 2.5e-3, 123456789012345678901234567890, 1e400, -1e400, 1e-400]'))
print(json.dumps([0.1, 1e16, 1e-7, 123456789.123456789, 1e22, -0.0, 2**64, -2**70, 1.0, 3.0e300]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]), json.loads('[NaN, Infinity, -Infinity]'))
for v in [float('nan'), float('inf'), -float('inf')]:
    show(lambda: json.dumps([v], allow_nan=False))
    show(lambda: json.dumps({'k': v}, allow_nan=False, indent=1))
    show(lambda: list(json.JSONEncoder(allow_nan=False).iterencode(v)))
show(lambda: json.dumps({float('nan'): 1}, allow_nan=False))
print(json.loads('[1.5, 2, NaN]', parse_float=lambda t: 'F' + t, parse_int=lambda t: 'I' + t, parse_constant=lambda t: 'C' + t))

# --- keys ---
print(json.dumps({1.5: 1, float('nan'): 2, False: 3, True: 4, None: 5, 10**20: 6, -3: 7, float('inf'): 8, 'k': 9}))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({b'x': 3}))
print(json.dumps({(1,): 2, 'a': 1, (2,): 3, 'b': 2}, skipkeys=True), json.dumps({(1,): 2}, skipkeys=True), repr(json.dumps({(1,): 2}, skipkeys=True, indent=2)))
show(lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}, 'C': 0}, sort_keys=True), json.dumps({3: 'x', 1: 'y', 2: 'z'}, sort_keys=True))

# --- layout ---
obj = {'a': [1, {'b': None, 'c': [True, False]}, [], {}], 'd': 'e', 'f': [[]]}
for ind in [None, 0, 1, 3, '', '\t', '--', -1]:
    print(repr(json.dumps(obj, indent=ind)))
print(json.dumps(obj, separators=(',', ':')), json.dumps(obj, indent=2, separators=(';', '=')))
print(json.dumps(obj, separators=('  ,', ' : ')), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("s", indent=2), json.dumps(5, indent=2))
e = json.JSONEncoder(indent=1); e.indent = 3; e.item_separator = ' |'; print(e.encode([1, [2]]))

# --- iterencode pieces ---
print(list(json.JSONEncoder().iterencode({'a': [1, {'b': 2}, [3]], 'c': 'x'})))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, {'b': 2}, [3]], 'c': 'x', 'd': {}})))
print(list(json.JSONEncoder().iterencode([[1], 2, 'a', None, {'x': 1.5}, []])))
print(list(json.JSONEncoder(indent=2).iterencode([[1], 2, 'a', None, {'x': 1.5}, [], {}])))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 2, 'a': 1, (2,): 3, 'b': 2})))
print(list(json.JSONEncoder().iterencode('x')), list(json.JSONEncoder().iterencode(5)), list(json.JSONEncoder().iterencode(None)))
class SetEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)
print(list(SetEnc().iterencode([{1, 2}, {'k': frozenset({3})}])), SetEnc().encode({'s': {2, 1}}))
print(json.dumps([{3, 1}], cls=SetEnc, indent=1), json.dumps({1, 2}, default=sorted))
show(lambda: json.dumps([object()]))
show(lambda: json.dumps({'x': 1j}))

# --- circular references ---
lst = [1]; lst.append(lst)
dct = {}; dct['self'] = dct
show(lambda: json.dumps(lst)); show(lambda: json.dumps(dct)); show(lambda: json.dumps(dct, indent=2))
class Loop: pass
show(lambda: json.dumps(Loop(), default=lambda o: [o]))
show(lambda: json.dumps([Loop()], default=lambda o: {'again': o}))
shared = [1, 2]; print(json.dumps([shared, shared, {'s': shared}]))
buf = io.StringIO()
try:
    json.dump([1, 'two', {'three': 3, 'bad': object()}], buf)
except TypeError as err:
    print('partial', repr(buf.getvalue()), err)

# --- subclasses of the basic types ---
import enum
class IE(enum.IntEnum):
    A = 1
class FE(float, enum.Enum):
    X = 1.5
class S(str):
    def __str__(self): return 'nope'
class I(int):
    def __repr__(self): return 'nope'
class F(float):
    def __repr__(self): return 'nope'
class L(list): pass
class D(dict): pass
print(json.dumps([IE.A, FE.X, {IE.A: 1, FE.X: 2}, S('hi'), I(7), F(2.5), L([1]), D(a=1), (1, 2), {S('k'): I(3), I(4): F(0.5)}]))
print(json.dumps([IE.A, FE.X, S('s'), I(7), F(2.5), (1, (2,))], indent=1))

# --- decoding hooks ---
doc = '{"b": 1, "a": [{"c": 2}, {}], "b": 3}'
print(json.loads(doc), json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p), json.loads(doc, object_pairs_hook=lambda p: ('P', p), object_hook=lambda d: 'never'))
print(json.loads('{}', object_pairs_hook=lambda p: ('P', p)), json.loads('{}', object_hook=lambda d: ('D', d)))
class MyDec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_int=float, **kw)
print(json.loads('[1, 2]', cls=MyDec), json.load(io.StringIO('{"x": [1]}')), json.load(io.StringIO('[7]'), cls=MyDec))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx"s" more', 2), d.decode('  {"k": "v"}  '))
show(lambda: d.raw_decode('  [1]'))
show(lambda: d.raw_decode('[1', 0))
sc = scanner.make_scanner(d)
print(sc('[1, "a"]x', 0), sc('x 12', 2))
try:
    sc('x', 0)
except StopIteration as stop:
    print('StopIteration', stop.value)

# --- bytes input ---
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for text in ['[1, "\u00e9\U0001f600"]', '7', '{}']:
        data = b'\xef\xbb\xbf' + text.encode('utf-8') if enc == 'utf-8-sig' else text.encode(enc)
        print(enc, json.detect_encoding(data), json.loads(data), json.loads(bytearray(data)))
print(json.detect_encoding(b''), json.detect_encoding(b'1'), json.detect_encoding(b'\x00\x31'), json.detect_encoding(b'\x31\x00'))

# --- JSONDecodeError object ---
err = json.JSONDecodeError('Oops', 'ab\ncd\nef', 7)
print(err, err.args, err.msg, err.pos, err.lineno, err.colno, isinstance(err, ValueError))
again = copy.copy(err)
print(type(again).__name__, again, again.pos, again.doc == err.doc, err.__reduce__()[1])
print(json.JSONDecodeError is decoder.JSONDecodeError, json.JSONEncoder is encoder.JSONEncoder, json.JSONDecoder is decoder.JSONDecoder)
print(sorted(json.__all__), json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)

# --- round trips ---
data = {'list': [1, 2.5, 'x', None, True, False, [], {}], 'nested': {'deep': [[[{'z': '\u00e9\n\t"'}]]]}, 'num': -12345678901234567890}
for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':'), 'sort_keys': True}]:
    assert json.loads(json.dumps(data, **kw)) == data
print('round trips ok')
