# str.encode / bytes.decode with errors handlers.
s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b))
print(b.decode("utf-8") == s, s.encode("utf-8") == b)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason)
bad = b"abc\xff\xfedef"
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("latin-1"))
print(bad.decode("utf-8", errors="backslashreplace"))
print("😀".encode("utf-8"), len("😀"), len("😀".encode()), "😀".encode("utf-16-le"))
print(b"\xe2\x82\xac".decode(), bytes([0xc3, 0xa9]).decode())
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("abc".encode("utf-16"), "A".encode("utf-32-be"))
print("ascii only".encode("ascii"), str(b"raw", "ascii"), str(b"\xc3\xa9", "utf-8"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print([hex(c) for c in "Ω€".encode()], [ord(c) for c in "Ω€"])
print(bytes("ç", "utf-8"), bytearray("ç", "utf-8"))
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
