use super::*;
use crate::types::bytes::as_bytes;
use crate::types::exception::args;
use crate::types::str::as_str;
use crate::types::tuple::as_tuple;
use crate::{Interpreter, ThreadState};

fn enc(s: &str, encoding: &str, errors: &str) -> Vec<u8> {
    as_bytes(&encode(s, encoding, errors).unwrap())
        .unwrap()
        .to_vec()
}

fn dec(b: &[u8], encoding: &str, errors: &str) -> String {
    as_str(&decode(b, encoding, errors).unwrap())
        .unwrap()
        .to_owned()
}

fn fails(r: PyResult<Value>) -> (ExcKind, String) {
    match r.unwrap_err() {
        PyErr::Lazy(l) => (l.kind, l.message),
        e => unicode_error_parts(e),
    }
}

// Expected values printed by python3 3.11.
#[test]
fn encoding_with_handlers() {
    let _ts = ThreadState::new(&Interpreter::new());
    let s = "héllo €";
    assert_eq!(enc(s, "ascii", "backslashreplace"), b"h\\xe9llo \\u20ac");
    assert_eq!(enc(s, "ascii", "xmlcharrefreplace"), b"h&#233;llo &#8364;");
    assert_eq!(enc("😀", "latin-1", "backslashreplace"), b"\\U0001f600");
    assert_eq!(enc(s, "latin-1", "replace"), b"h\xe9llo ?");
    assert_eq!(enc("abc", "utf-16", "strict"), b"\xff\xfea\x00b\x00c\x00");
    assert_eq!(enc("😀", "utf-16-le", "strict"), b"=\xd8\x00\xde");
    assert_eq!(enc("😀", "UTF-16BE", "strict"), b"\xd8=\xde\x00");
    assert_eq!(enc("A", "utf-32-be", "strict"), b"\x00\x00\x00A");
    assert_eq!(
        enc("A", "utf_32", "strict"),
        b"\xff\xfe\x00\x00A\x00\x00\x00"
    );
    assert_eq!(
        fails(encode(s, "ascii", "strict")),
        (
            ExcKind::UnicodeEncodeError,
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
                .into()
        )
    );
    // e.args == ('ascii', s, 1, 2, 'ordinal not in range(128)')
    let PyErr::Object(e) = encode(s, "ascii", "strict").unwrap_err() else {
        panic!("an object")
    };
    let a = args(&e);
    let a = as_tuple(&a).unwrap();
    assert_eq!((as_str(&a[0]), as_str(&a[1])), (Some("ascii"), Some(s)));
    assert_eq!(
        (a[2].as_small_int(), a[3].as_small_int(), as_str(&a[4])),
        (Some(1), Some(2), Some("ordinal not in range(128)"))
    );
    assert_eq!(
        fails(encode(s, "ascii", "namereplace")),
        (
            ExcKind::LookupError,
            "unknown error handler name 'namereplace'".into()
        )
    );
}

#[test]
fn decoding_with_handlers() {
    let _ts = ThreadState::new(&Interpreter::new());
    let bad = b"abc\xff\xfedef";
    assert_eq!(dec(bad, "utf-8", "backslashreplace"), "abc\\xff\\xfedef");
    assert_eq!(dec(bad, "utf-8", "replace"), "abc\u{fffd}\u{fffd}def");
    assert_eq!(dec(b"\xff\xfea\x00b\x00", "utf-16", "strict"), "ab");
    assert_eq!(dec(b"\xfe\xff\x00a", "utf-16", "strict"), "a");
    assert_eq!(dec(b"=\xd8\x00\xde", "utf-16-le", "strict"), "😀");
    assert_eq!(dec(b"\x00\x00\x00A", "utf-32-be", "strict"), "A");
    assert_eq!(
        fails(decode(b"a\x00b", "utf-16-le", "strict")),
        (
            ExcKind::UnicodeDecodeError,
            "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data".into()
        )
    );
    assert_eq!(
        fails(decode(b"\x00\xdc", "utf-16-le", "strict")),
        (
            ExcKind::UnicodeDecodeError,
            "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding".into()
        )
    );
    assert_eq!(
        fails(decode(b"\x00\x00\x11\x00", "utf-32-le", "strict")),
        (
            ExcKind::UnicodeDecodeError,
            "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)".into()
        )
    );
    assert_eq!(dec(b"a\x00b", "utf-16-le", "ignore"), "a");
    assert_eq!(
        fails(decode(b"x", "no-such", "strict")),
        (ExcKind::LookupError, "unknown encoding: no-such".into())
    );
}
