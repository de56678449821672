use super::*;
use crate::protocol;
use crate::types::str::{as_str, str_value};

fn err<T: std::fmt::Debug>(r: PyResult<T>) -> (ExcKind, String) {
    match r.unwrap_err() {
        PyErr::Lazy(l) => (l.kind, l.message),
        e => crate::types::codecs::unicode_error_parts(e),
    }
}

fn b(data: &[u8]) -> Value {
    bytes_from_slice(data)
}

fn text(v: PyResult<Value>) -> String {
    as_str(&v.unwrap()).unwrap().to_owned()
}

#[test]
fn construction_and_access() {
    let v = b(b"abc");
    assert_eq!(v.type_name(), "bytes");
    assert_eq!(as_bytes(&v), Some(&b"abc"[..]));
    assert_eq!(bytes_len(&v), Some(3));
    assert!(b(b"").is(&empty_bytes()));
    assert!(as_bytes(&str_value("abc")).is_none());
    // python3: b'abc'[1], b'abc'[-1], b'abcdef'[::2]
    assert_eq!(getitem(&v, 1).unwrap().as_small_int(), Some(98));
    assert_eq!(getitem(&v, -1).unwrap().as_small_int(), Some(99));
    assert_eq!(
        err(getitem(&v, 5)),
        (ExcKind::IndexError, "index out of range".into())
    );
    assert_eq!(
        as_bytes(&slice(&b(b"abcdef"), None, None, Some(2)).unwrap()),
        Some(&b"ace"[..])
    );
    assert!(slice(&v, None, None, None).unwrap().is(&v));
    assert_eq!(
        as_bytes(&concat(&b(b"ab"), &b(b"cd")).unwrap()),
        Some(&b"abcd"[..])
    );
    assert_eq!(
        err(concat(&b(b"a"), &str_value("b"))),
        (ExcKind::TypeError, "can't concat str to bytes".into())
    );
    assert_eq!(
        as_bytes(&repeat(&b(b"ab"), 3).unwrap()),
        Some(&b"ababab"[..])
    );
    assert_eq!(
        err(repeat(&b(b"ab"), 1 << 62)),
        (ExcKind::OverflowError, "repeated bytes are too long".into())
    );
    assert!(contains_bytes(b"hello", b"ll"));
    assert!(contains_bytes(b"hello", b""));
    assert!(!contains_bytes(b"hello", b"lo!"));
}

#[test]
fn hash_and_equality() {
    // python3: hash(b'abc') == hash('abc') -> True
    assert_eq!(
        protocol::hash(&b(b"abc")).unwrap(),
        protocol::hash(&str_value("abc")).unwrap()
    );
    assert_eq!(protocol::hash(&empty_bytes()).unwrap(), 0);
    assert!(protocol::eq(&b(b"abc"), &b(b"abc")).unwrap());
    assert!(!protocol::eq(&b(b"abc"), &b(b"abd")).unwrap());
    assert!(!protocol::eq(&b(b"abc"), &str_value("abc")).unwrap());
}

#[test]
fn repr_matches_python() {
    // python3: repr(b"a'b"), repr(b'a\'b"'), repr(bytes(range(0,256,17))), repr(b'\\\t\n\r\x7f'), repr(b'"')
    assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
    assert_eq!(bytes_repr(b"a'b\""), "b'a\\'b\"'");
    let data: Vec<u8> = (0..=255).step_by(17).collect();
    assert_eq!(
        bytes_repr(&data),
        "b'\\x00\\x11\"3DUfw\\x88\\x99\\xaa\\xbb\\xcc\\xdd\\xee\\xff'"
    );
    assert_eq!(bytes_repr(b"\\\t\n\r\x7f"), "b'\\\\\\t\\n\\r\\x7f'");
    assert_eq!(bytes_repr(b"\""), "b'\"'");
    assert_eq!(bytes_repr(b""), "b''");
}

#[test]
fn decoding_matches_python() {
    let dec = |data: &[u8], errors: &str| decode(data, "utf-8", errors);
    assert_eq!(text(dec("aé€".as_bytes(), "strict")), "aé€");
    let cases: &[(&[u8], &str)] = &[
        (
            b"a\xff\xfeb",
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
        ),
        (
            b"a\xe2\x82",
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
        ),
        (
            b"a\xe2\x82x",
            "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte",
        ),
        (
            b"\xed\xa0\x80",
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
        ),
        (
            b"\xf4\x90\x80\x80",
            "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte",
        ),
        (
            b"\xc0\x80",
            "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
        ),
    ];
    for &(data, msg) in cases {
        assert_eq!(
            err(dec(data, "strict")),
            (ExcKind::UnicodeDecodeError, msg.to_owned()),
            "{data:?}"
        );
    }
    // python3: b'a\xffb'.decode('utf-8', 'replace'), b'a\xe2\x82x' with replace, b'a\xffb' with ignore
    assert_eq!(text(dec(b"a\xffb", "replace")), "a\u{fffd}b");
    assert_eq!(text(dec(b"a\xe2\x82x", "replace")), "a\u{fffd}x");
    assert_eq!(text(dec(b"a\xffb", "ignore")), "ab");
    assert_eq!(
        err(decode(b"a\xffb", "ascii", "strict")),
        (
            ExcKind::UnicodeDecodeError,
            "'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)".into()
        )
    );
    assert_eq!(text(decode(b"a\xffb", "ascii", "replace")), "a\u{fffd}b");
    assert_eq!(text(decode(b"a\xffb", "latin-1", "strict")), "a\u{ff}b");
    assert_eq!(
        err(decode(b"a", "nope", "strict")),
        (ExcKind::LookupError, "unknown encoding: nope".into())
    );
    assert_eq!(
        err(dec(b"\xff", "bogus")),
        (
            ExcKind::LookupError,
            "unknown error handler name 'bogus'".into()
        )
    );
    assert_eq!(
        text(dec(b"ok", "bogus")),
        "ok",
        "the handler is only looked up on an error"
    );
}
