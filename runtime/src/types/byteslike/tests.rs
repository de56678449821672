//! The methods `bytes` and `bytearray` share, through the Python-level
//! path (`getattr`, then a call); expected strings printed by `python3`
//! 3.11 (the Python source of each case follows it as a comment).

use super::*;
use crate::args::test_support::*;
use crate::types::list::List;
use crate::types::none_bool::{none, true_value};
use crate::types::tuple::tuple_new;
use crate::{Interpreter, ThreadState};

fn by(data: &[u8]) -> Value {
    bytes::bytes_from_slice(data)
}

fn ba(data: &[u8]) -> Value {
    ByteArray::new(data)
}

#[test]
fn shared_methods_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    check_all(vec![
        (
            call(&by(b"  Hello World  "), "swapcase", &[]),
            "b'  hELLO wORLD  '",
        ), // b"  Hello World  ".swapcase()
        (
            call(&by(b"hello wORLD 1x"), "title", &[]),
            "b'Hello World 1X'",
        ), // b"hello wORLD 1x".title()
        (call(&by(b"hELLO"), "capitalize", &[]), "b'Hello'"), // b"hELLO".capitalize()
        (
            call(&by(b"a b  c  "), "split", &[none(), int(1)]),
            "[b'a', b'b  c  ']",
        ), // b"a b  c  ".split(None, 1)
        (
            call(&by(b"  a b c"), "rsplit", &[none(), int(1)]),
            "[b'  a b', b'c']",
        ), // b"  a b c".rsplit(None, 1)
        (
            call(&by(b"a,b,,c"), "rsplit", &[by(b","), int(2)]),
            "[b'a,b', b'', b'c']",
        ), // b"a,b,,c".rsplit(b",", 2)
        (
            call(&by(b"abc"), "split", &[by(b"")]),
            "ValueError: empty separator",
        ), // b"abc".split(b"")
        (
            call(&by(b"a\nb\r\nc\r"), "splitlines", &[]),
            "[b'a', b'b', b'c']",
        ), // b"a\nb\r\nc\r".splitlines()
        (
            call(&by(b"a\nb\r\nc"), "splitlines", &[true_value()]),
            "[b'a\\n', b'b\\r\\n', b'c']",
        ), // b"a\nb\r\nc".splitlines(True)
        (
            call(&by(b"k=v=w"), "partition", &[by(b"=")]),
            "(b'k', b'=', b'v=w')",
        ), // b"k=v=w".partition(b"=")
        (
            call(&by(b"k=v=w"), "rpartition", &[by(b"=")]),
            "(b'k=v', b'=', b'w')",
        ), // b"k=v=w".rpartition(b"=")
        (
            call(&by(b"kv"), "rpartition", &[by(b"=")]),
            "(b'', b'', b'kv')",
        ), // b"kv".rpartition(b"=")
        (
            call(&by(b"kv"), "partition", &[s("=")]),
            "TypeError: a bytes-like object is required, not 'str'",
        ), // b"kv".partition("=")
        (
            call(&by(b"abc"), "center", &[int(8), by(b"*")]),
            "b'**abc***'",
        ), // b"abc".center(8, b"*")
        (call(&by(b"abc"), "center", &[int(6)]), "b' abc  '"), // b"abc".center(6)
        (
            call(&by(b"abc"), "center", &[int(7), s("*")]),
            "TypeError: center() argument 2 must be a byte string of length 1, not str",
        ), // b"abc".center(7, "*")
        (call(&by(b"ab"), "ljust", &[int(5), by(b"-")]), "b'ab---'"), // b"ab".ljust(5, b"-")
        (call(&by(b"ab"), "rjust", &[int(1)]), "b'ab'"),      // b"ab".rjust(1)
        (call(&by(b"-42"), "zfill", &[int(6)]), "b'-00042'"), // b"-42".zfill(6)
        (
            call(&by(b"a\tbc\td\ne\tf"), "expandtabs", &[int(4)]),
            "b'a   bc  d\\ne   f'",
        ), // b"a\tbc\td\ne\tf".expandtabs(4)
        (
            call(&by(b"abc"), "replace", &[by(b""), by(b"-")]),
            "b'-a-b-c-'",
        ), // b"abc".replace(b"", b"-")
        (
            call(&by(b"aaaa"), "replace", &[by(b"a"), by(b"b"), int(2)]),
            "b'bbaa'",
        ), // b"aaaa".replace(b"a", b"b", 2)
        (
            call(&by(b"hello"), "translate", &[none(), by(b"lo")]),
            "b'he'",
        ), // b"hello".translate(None, b"lo")
        (
            call(&by(b"hello"), "translate", &[by(b"x")]),
            "ValueError: translation table must be 256 characters long",
        ), // b"hello".translate(b"x")
        (
            call(&by(b"abcdef"), "hex", &[s(":"), int(2)]),
            "'6162:6364:6566'",
        ), // b"abcdef".hex(":", 2)
        (
            call(&by(b"abcdef"), "hex", &[s(":"), int(-4)]),
            "'61626364:6566'",
        ), // b"abcdef".hex(":", -4)
        (
            call(&by(b"abcde"), "hex", &[by(b"-"), int(2)]),
            "'61-6263-6465'",
        ), // b"abcde".hex(b"-", 2)
        (
            call(&by(b"ab"), "hex", &[s("::")]),
            "ValueError: sep must be length 1.",
        ), // b"ab".hex("::")
        (call(&by(b"hello"), "find", &[by(b"l"), int(3)]), "3"), // b"hello".find(b"l", 3)
        (call(&by(b"hello"), "rfind", &[int(108)]), "3"),     // b"hello".rfind(108)
        (
            call(&by(b"hello"), "rindex", &[by(b"z")]),
            "ValueError: subsection not found",
        ), // b"hello".rindex(b"z")
        (
            call(&by(b"hello"), "count", &[int(300)]),
            "ValueError: byte must be in range(0, 256)",
        ), // b"hello".count(300)
        (
            call(&by(b"hello"), "find", &[s("l")]),
            "TypeError: argument should be integer or bytes-like object, not 'str'",
        ), // b"hello".find("l")
        (call(&by(b"abc"), "find", &[by(b""), int(4)]), "-1"), // b"abc".find(b"", 4)
        (
            call(&by(b"hello"), "startswith", &[s("h")]),
            "TypeError: startswith first arg must be bytes or a tuple of bytes, not str",
        ), // b"hello".startswith("h")
        (
            call(
                &by(b"hello"),
                "endswith",
                &[tuple_new(vec![by(b"x"), by(b"lo")])],
            ),
            "True",
        ), // b"hello".endswith((b"x", b"lo"))
        (call(&by(b"Hello World"), "istitle", &[]), "True"),  // b"Hello World".istitle()
        (call(&by(b"ABC1"), "isupper", &[]), "True"),         // b"ABC1".isupper()
        (call(&by(b""), "isalpha", &[]), "False"),            // b"".isalpha()
        (call(&by(b" \t\x0b"), "isspace", &[]), "True"),      // b" \t\x0b".isspace()
        (call(&by(b"hello"), "removeprefix", &[by(b"he")]), "b'llo'"), // b"hello".removeprefix(b"he")
        (
            call(&by(b"-"), "join", &[List::new(vec![by(b"a"), ba(b"b")])]),
            "b'a-b'",
        ), // b"-".join([b"a", bytearray(b"b")])
        (
            call(&by(b"-"), "join", &[List::new(vec![by(b"a"), int(1)])]),
            "TypeError: sequence item 1: expected a bytes-like object, int found",
        ), // b"-".join([b"a", 1])
        (call(&ba(b"abc"), "upper", &[]), "bytearray(b'ABC')"),        // bytearray(b"abc").upper()
        (
            call(&ba(b"a b"), "split", &[]),
            "[bytearray(b'a'), bytearray(b'b')]",
        ), // bytearray(b"a b").split()
        (
            call(&ba(b"x"), "center", &[int(3), ba(b"-")]),
            "bytearray(b'-x-')",
        ), // bytearray(b"x").center(3, bytearray(b"-"))
        (call(&ba(b"abc"), "hex", &[s("-")]), "'61-62-63'"),           // bytearray(b"abc").hex("-")
        (call(&ba(b"abcb"), "remove", &[int(98)]), "None"), // bytearray(b"abcb").remove(98) or None
        (
            call(&ba(b"abc"), "remove", &[int(120)]),
            "ValueError: value not found in bytearray",
        ), // bytearray(b"abc").remove(120)
        (call(&ba(b"abc"), "copy", &[]), "bytearray(b'abc')"), // bytearray(b"abc").copy()
    ]);
}

#[test]
fn helpers() {
    assert_eq!(
        hex_with_separator(b"abcdef", Some(b':'), 2),
        "6162:6364:6566"
    );
    assert_eq!(hex_with_separator(b"abcde", Some(b':'), 2), "61:6263:6465");
    assert_eq!(hex_with_separator(b"abcde", Some(b':'), -2), "6162:6364:65");
    assert_eq!(hex_with_separator(b"ab", Some(b':'), 0), "6162");
    assert_eq!(find_in(b"hello", b"l"), Some(2));
    assert_eq!(rfind_in(b"hello", b"l"), Some(3));
    assert_eq!(rfind_in(b"hello", b""), Some(5));
    assert_eq!(search::count_in(b"aaaa", b"aa"), 2);
    assert_eq!(transform::parse_hex("de ad").unwrap(), vec![0xde, 0xad]);
    assert!(transform::parse_hex("abc").is_err());
    assert_eq!(transform::title_bytes(b"ab cD1e"), b"Ab Cd1E");
    assert!(predicates::istitle_bytes(b"Ab Cd"));
    assert!(!predicates::istitle_bytes(b"AB"));
}
