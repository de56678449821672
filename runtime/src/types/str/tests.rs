use super::*;
use crate::protocol;
use crate::types::bytes::as_bytes;
use crate::types::int::int_from_i64;
use crate::types::List;

fn t(v: &Value) -> String {
    as_str(v).expect("a str").to_owned()
}

fn texts(vs: Vec<Value>) -> Vec<String> {
    vs.iter().map(t).collect()
}

fn triple(r: (Value, Value, Value)) -> [String; 3] {
    [t(&r.0), t(&r.1), t(&r.2)]
}

fn err<T: std::fmt::Debug>(r: PyResult<T>) -> (ExcKind, String) {
    match r.unwrap_err() {
        PyErr::Lazy(l) => (l.kind, l.message),
        e => crate::types::codecs::unicode_error_parts(e),
    }
}

fn obj(s: &str) -> Value {
    str_value(s)
}

#[test]
fn construction_length_and_singletons() {
    let v = obj("héllo wörld");
    let s = cast(&v).unwrap();
    assert_eq!(v.type_name(), "str");
    assert_eq!(s.char_len(), 11);
    assert!(!s.is_ascii());
    assert_eq!(str_len(&obj("abc")), Some(3));
    assert!(cast(&obj("abc")).unwrap().is_ascii());
    assert!(obj("").is(&empty_str()));
    assert!(obj("a").is(&char_value('a')));
    assert!(
        obj("é").is(&obj("é")),
        "Latin-1 one-character strings are shared"
    );
    assert!(!obj("€").is(&obj("€")));
    assert!(str_from_string("x".to_owned()).is(&obj("x")));
    assert_eq!(as_str(&int_from_i64(1)), None);
}

#[test]
fn interning() {
    let a = intern("some_identifier");
    let b = intern(&String::from("some_identifier"));
    assert!(a.is(&b));
    assert!(cast(&a).unwrap().is_interned());
    let c = obj("some_identifier");
    assert!(!c.is(&a));
    assert!(!cast(&c).unwrap().is_interned());
    assert!(intern_value(&c).unwrap().is(&a));
    assert!(intern_value(&a).unwrap().is(&a));
    assert!(intern("").is(&empty_str()));
    // Interned strings are immortal and shared across threads.
    let words: Vec<usize> = (0..4)
        .map(|_| std::thread::spawn(|| intern("shared_name").word()))
        .map(|h| h.join().unwrap())
        .collect();
    assert!(words.iter().all(|&w| w == words[0]));
}

#[test]
fn hash_and_equality() {
    let a = obj("héllo");
    let b = str_from_string("hé".to_owned() + "llo");
    assert!(!a.is(&b));
    assert!(protocol::eq(&a, &b).unwrap());
    assert_eq!(protocol::hash(&a).unwrap(), protocol::hash(&b).unwrap());
    assert!(!protocol::eq(&a, &obj("hallo")).unwrap());
    assert!(!protocol::eq(&a, &int_from_i64(1)).unwrap());
    assert_eq!(
        protocol::hash(&empty_str()).unwrap(),
        0,
        "hash('') == 0 as in CPython"
    );
    assert_ne!(protocol::hash(&obj("ab")).unwrap(), -1);
    // Cached hash: the second call reads the cache.
    let h = cast(&a).unwrap().hash();
    assert_eq!(cast(&a).unwrap().hash(), h);
    assert!(str_eq(
        cast(&intern("k")).unwrap(),
        cast(&obj("k")).unwrap()
    ));
    assert!(str_compare("abc", "abd", CompareOp::Lt));
    assert!(str_compare("é", "z", CompareOp::Gt));
    assert!(str_compare("ab", "ab", CompareOp::Ge));
}

#[test]
fn operators() {
    assert_eq!(t(&concat(&obj("ab"), &obj("cé")).unwrap()), "abcé");
    let x = obj("xyz1");
    assert!(concat(&x, &empty_str()).unwrap().is(&x));
    assert_eq!(
        err(concat(&obj("a"), &int_from_i64(1))),
        (
            ExcKind::TypeError,
            "can only concatenate str (not \"int\") to str".into()
        )
    );
    assert_eq!(t(&repeat(&obj("ab"), 3).unwrap()), "ababab");
    assert!(repeat(&obj("ab"), -1).unwrap().is(&empty_str()));
    assert_eq!(
        err(repeat(&obj("ab"), 1 << 62)),
        (ExcKind::OverflowError, "repeated string is too long".into())
    );
    assert_eq!(err(repeat(&obj("ab"), 1 << 40)).0, ExcKind::MemoryError);
    assert!(contains("hello", "ell"));
    assert!(contains("hello", ""));
}

#[test]
fn indexing_and_slicing() {
    // python3: 'héllo'[1], [-1], [1:4], [::-1], [::2], 'abcdef'[5:0:-2]
    let h = obj("héllo");
    assert_eq!(t(&getitem(&h, 1).unwrap()), "é");
    assert_eq!(t(&getitem(&h, -1).unwrap()), "o");
    assert_eq!(
        err(getitem(&h, 5)),
        (ExcKind::IndexError, "string index out of range".into())
    );
    assert_eq!(t(&slice(&h, Some(1), Some(4), None).unwrap()), "éll");
    assert_eq!(t(&slice(&h, None, None, Some(-1)).unwrap()), "olléh");
    assert_eq!(t(&slice(&h, None, None, Some(2)).unwrap()), "hlo");
    assert_eq!(
        t(&slice(&obj("abcdef"), Some(5), Some(0), Some(-2)).unwrap()),
        "fdb"
    );
    assert!(slice(&h, None, None, None).unwrap().is(&h));
    assert_eq!(
        err(slice(&h, None, None, Some(0))),
        (ExcKind::ValueError, "slice step cannot be zero".into())
    );
}

#[test]
fn long_non_ascii_strings_index_through_the_sparse_table() {
    let text: String = (0..1000)
        .map(|i| {
            if i % 3 == 0 {
                'é'
            } else {
                char::from(b'a' + (i % 26) as u8)
            }
        })
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let v = obj(&text);
    let s = cast(&v).unwrap();
    for i in [0, 1, 63, 64, 65, 127, 128, 500, 998, 999] {
        assert_eq!(s.char_at(i), chars[i], "char {i}");
        assert_eq!(t(&getitem(&v, i as i64).unwrap()), chars[i].to_string());
    }
    assert_eq!(s.byte_offset(1000), text.len());
    let expect: String = chars[100..300].iter().collect();
    assert_eq!(t(&slice(&v, Some(100), Some(300), None).unwrap()), expect);
    assert_eq!(find(s, "é", Some(601), None), 603);
}

#[test]
fn splitting() {
    let sp = |s: &str, sep: Option<&str>, n: i64| texts(split(s, sep, n).unwrap());
    let rsp = |s: &str, sep: Option<&str>, n: i64| texts(rsplit(s, sep, n).unwrap());
    assert_eq!(sp("  a b  c  ", None, -1), ["a", "b", "c"]);
    assert_eq!(sp("  a b  c  ", None, 1), ["a", "b  c  "]);
    assert_eq!(rsp("  a b  c  ", None, 1), ["  a b", "c"]);
    assert_eq!(sp("a,b,,c", Some(","), -1), ["a", "b", "", "c"]);
    assert_eq!(sp("a,b,,c", Some(","), 2), ["a", "b", ",c"]);
    assert_eq!(rsp("a,b,,c", Some(","), 2), ["a,b", "", "c"]);
    assert!(sp("", None, -1).is_empty());
    assert_eq!(sp("", Some(","), -1), [""]);
    assert_eq!(sp("a\u{3000}b\x1cc", None, -1), ["a", "b", "c"]);
    assert_eq!(sp(" a b", None, 0), ["a b"]);
    assert_eq!(rsp("a b ", None, 0), ["a b"]);
    assert_eq!(
        err(split("a", Some(""), -1)),
        (ExcKind::ValueError, "empty separator".into())
    );
    assert_eq!(
        err(rsplit("a", Some(""), -1)),
        (ExcKind::ValueError, "empty separator".into())
    );
    assert_eq!(
        texts(splitlines("ab\ncd\r\nef\rgh\x0bij\u{85}kl\u{2028}", false)),
        ["ab", "cd", "ef", "gh", "ij", "kl"]
    );
    assert_eq!(
        texts(splitlines("ab\ncd\r\nef\r", true)),
        ["ab\n", "cd\r\n", "ef\r"]
    );
    assert_eq!(texts(splitlines("abc", false)), ["abc"]);
    assert!(splitlines("", false).is_empty());
    assert_eq!(triple(partition("a=b=c", "=").unwrap()), ["a", "=", "b=c"]);
    assert_eq!(triple(rpartition("a=b=c", "=").unwrap()), ["a=b", "=", "c"]);
    assert_eq!(triple(partition("abc", "x").unwrap()), ["abc", "", ""]);
    assert_eq!(triple(rpartition("abc", "x").unwrap()), ["", "", "abc"]);
    assert_eq!(
        err(partition("a", "")),
        (ExcKind::ValueError, "empty separator".into())
    );
}

#[test]
fn joining() {
    assert_eq!(
        t(&join(",", &[obj("a"), obj("b"), obj("c")]).unwrap()),
        "a,b,c"
    );
    assert!(join("", &[]).unwrap().is(&empty_str()));
    let only = obj("only one");
    assert!(join("-", std::slice::from_ref(&only)).unwrap().is(&only));
    assert_eq!(
        err(join("", &[obj("a"), int_from_i64(1)])),
        (
            ExcKind::TypeError,
            "sequence item 1: expected str instance, int found".into()
        )
    );
    assert_eq!(
        err(join(
            "",
            &[obj("a"), obj("b"), crate::types::none_bool::none()]
        )),
        (
            ExcKind::TypeError,
            "sequence item 2: expected str instance, NoneType found".into()
        )
    );
    assert_eq!(
        err(join("", &[List::new(vec![])])),
        (
            ExcKind::TypeError,
            "sequence item 0: expected str instance, list found".into()
        )
    );
}

#[test]
fn trimming_replacing_padding() {
    assert_eq!(t(&strip("  xy \t", None)), "xy");
    assert_eq!(t(&strip("xxhixyx", Some("xy"))), "hi");
    assert_eq!(t(&lstrip("xxhixyx", Some("xy"))), "hixyx");
    assert_eq!(t(&rstrip("xxhixyx", Some("xy"))), "xxhi");
    assert_eq!(t(&strip("\x1c a \u{85}", None)), "a");
    assert_eq!(t(&replace("aaa", "a", "bb", -1).unwrap()), "bbbbbb");
    assert_eq!(t(&replace("aaa", "a", "b", 2).unwrap()), "bba");
    assert_eq!(t(&replace("abc", "", "-", -1).unwrap()), "-a-b-c-");
    assert_eq!(t(&replace("abc", "", "-", 2).unwrap()), "-a-bc");
    assert_eq!(t(&replace("abc", "x", "y", -1).unwrap()), "abc");
    let z = |s: &str, w: i64| t(&zfill(cast(&obj(s)).unwrap(), w).unwrap());
    assert_eq!(z("-42", 6), "-00042");
    assert_eq!(z("+x", 4), "+00x");
    assert_eq!(z("abc", 2), "abc");
    assert_eq!(z("é", 3), "00é");
    let c = |s: &str, w: i64, f: char| t(&center(cast(&obj(s)).unwrap(), w, f).unwrap());
    assert_eq!(c("abc", 8, '*'), "**abc***");
    assert_eq!(c("abc", 7, '*'), "**abc**");
    assert_eq!(c("ab", 5, '*'), "**ab*");
    assert_eq!(c("ab", 7, ' '), "   ab  ");
    assert_eq!(t(&ljust(cast(&obj("é")).unwrap(), 4, '€').unwrap()), "é€€€");
    assert_eq!(t(&rjust(cast(&obj("é")).unwrap(), 3, ' ').unwrap()), "  é");
    assert_eq!(
        t(&rjust(cast(&obj("abc")).unwrap(), -3, ' ').unwrap()),
        "abc"
    );
}

#[test]
fn searching() {
    let hw = obj("héllo wörld");
    let hw = cast(&hw).unwrap();
    assert_eq!(find(hw, "ö", None, None), 7);
    assert_eq!(rfind(hw, "l", None, None), 9);
    let h = obj("héllo");
    let h = cast(&h).unwrap();
    assert_eq!(find(h, "l", Some(-2), None), 3);
    let abc = obj("abc");
    let abc = cast(&abc).unwrap();
    assert_eq!(find(abc, "", Some(3), None), 3);
    assert_eq!(find(abc, "", Some(4), None), -1);
    assert_eq!(find(abc, "c", Some(0), Some(2)), -1);
    assert_eq!(rfind(abc, "", None, None), 3);
    assert_eq!(count(cast(&obj("aaaa")).unwrap(), "aa", None, None), 2);
    let aaa = obj("aaa");
    assert_eq!(count(cast(&aaa).unwrap(), "", None, None), 4);
    assert_eq!(count(cast(&aaa).unwrap(), "", Some(2), Some(1)), 0);
    assert_eq!(count(h, "l", Some(1), Some(-1)), 2);
    assert_eq!(index(h, "l", None, None).unwrap(), 2);
    assert_eq!(rindex(h, "l", None, None).unwrap(), 3);
    assert_eq!(
        err(index(abc, "z", None, None)),
        (ExcKind::ValueError, "substring not found".into())
    );
    assert_eq!(
        err(rindex(abc, "z", None, None)),
        (ExcKind::ValueError, "substring not found".into())
    );
    let hello = obj("hello");
    let hello = cast(&hello).unwrap();
    assert!(startswith(hello, "ell", Some(1), None));
    assert!(startswith(hello, "", Some(5), None));
    assert!(!startswith(hello, "", Some(6), None));
    assert!(endswith(hello, "ll", Some(0), Some(4)));
    assert!(endswith(hello, "lo", Some(-2), None));
    assert!(startswith_any(hello, &["x", "he"], None, None));
    assert!(!endswith_any(hello, &["x", "he"], None, None));
}

#[test]
fn case_mappings_match_python() {
    assert_eq!(t(&upper("ǆemal ßtraße ﬁne ΑΣ")), "ǄEMAL SSTRASSE FINE ΑΣ");
    assert_eq!(t(&lower("ǄEMAL ΑΣ ΑΣΑ Σ İ")), "ǆemal ας ασα σ i\u{307}");
    assert_eq!(t(&title("ǆemal ßtraße ﬁne ΑΣ")), "ǅemal Sstraße Fine Ας");
    assert_eq!(t(&capitalize("hello wORLD ǆx")), "Hello world ǆx");
    assert_eq!(t(&capitalize("ǆxY ΑΣ")), "ǅxy ας");
    assert_eq!(t(&swapcase("Hello ΑΣ ß")), "hELLO ας SS");
    assert_eq!(t(&casefold("Straße ﬁ ΣΑ")), "strasse fi σα");
    assert_eq!(t(&title("they're bill's")), "They'Re Bill'S");
    assert_eq!(t(&title("a1b2 c_d")), "A1B2 C_D");
    assert_eq!(t(&upper("abc")), "ABC");
    assert_eq!(t(&lower("ABC")), "abc");
}

#[test]
fn predicates_match_python() {
    assert!(isdigit("123"));
    assert!(isdigit("²3"));
    assert!(!isdecimal("²3"));
    assert!(isdecimal("١٢"));
    assert!(isnumeric("½"));
    assert!(!isdigit("½"));
    assert!(isalpha("abcé"));
    assert!(!isalpha("ab1"));
    assert!(isalnum("ab½"));
    assert!(!isalpha(""));
    assert!(isspace(" \t\x1c"));
    assert!(!isspace(""));
    assert!(isupper("ABC1"));
    assert!(!isupper("ǅ"));
    assert!(islower("abc1"));
    assert!(!islower("1"));
    assert!(istitle("Hello World"));
    assert!(!istitle("HeLLo"));
    assert!(istitle("ǅa"));
    assert!(isidentifier("_a1"));
    assert!(!isidentifier("1a"));
    assert!(isidentifier("été"));
    assert!(!isidentifier(""));
    assert!(!isidentifier("a-b"));
    assert!(isidentifier("℘x"));
    assert!(isprintable(""));
    assert!(!isprintable("a\u{200b}"));
    assert!(isascii(""));
    assert!(!isascii("é"));
}

#[test]
fn repr_matches_python() {
    // python3: repr('a\'b"'), repr('\x00é\u200b')
    assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
    assert_eq!(str_repr("a'b"), "\"a'b\"");
    assert_eq!(str_repr("\x00é\u{200b}"), "'\\x00é\\u200b'");
}

#[test]
fn encoding_matches_python() {
    let b = |v: Value| as_bytes(&v).unwrap().to_vec();
    assert_eq!(
        b(encode("aé€", "utf-8", "strict").unwrap()),
        b"a\xc3\xa9\xe2\x82\xac"
    );
    assert_eq!(
        b(encode("aé€", "UTF8", "bogus").unwrap()),
        b"a\xc3\xa9\xe2\x82\xac"
    );
    assert_eq!(b(encode("aé€", "ascii", "replace").unwrap()), b"a??");
    assert_eq!(b(encode("aé€", "ascii", "ignore").unwrap()), b"a");
    assert_eq!(b(encode("aé", "latin-1", "strict").unwrap()), b"a\xe9");
    assert_eq!(
        err(encode("aé€", "ascii", "strict")),
        (
            ExcKind::UnicodeEncodeError,
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
                .into()
        )
    );
    assert_eq!(
        err(encode("aéx€", "ascii", "strict")),
        (
            ExcKind::UnicodeEncodeError,
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
                .into()
        )
    );
    assert_eq!(
        err(encode("aé€", "latin-1", "strict")),
        (
            ExcKind::UnicodeEncodeError,
            "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)".into()
        )
    );
    assert_eq!(
        err(encode("😀", "ascii", "strict")),
        (
            ExcKind::UnicodeEncodeError,
            "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)".into()
        )
    );
    assert_eq!(
        err(encode("a", "xyz", "strict")),
        (ExcKind::LookupError, "unknown encoding: xyz".into())
    );
    assert_eq!(
        err(encode("aé", "ascii", "bogus")),
        (
            ExcKind::LookupError,
            "unknown error handler name 'bogus'".into()
        )
    );
}

#[test]
fn strings_are_freed() {
    let _ts = crate::ThreadState::new(&crate::Interpreter::new());
    for i in 0..1000 {
        let v = str_from_string(format!("string number {i}"));
        let w = concat(&v, &obj("€")).unwrap();
        assert_eq!(
            str_len(&w),
            Some(format!("string number {i}€").chars().count())
        );
    }
}

#[test]
fn shared_string_caches_are_thread_safe() {
    // Many threads hash and index one non-ASCII string at once: the hash
    // cache and the lazily built offset table must agree everywhere.
    let text: String = (0..5000)
        .map(|i| if i % 7 == 0 { 'ж' } else { 'q' })
        .collect();
    let v = str_from_string(text.clone());
    let expect: Vec<char> = text.chars().collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|k| {
                let v = &v;
                let expect = &expect;
                scope.spawn(move || {
                    let s = cast(v).unwrap();
                    for i in (k..5000).step_by(37) {
                        assert_eq!(s.char_at(i), expect[i]);
                    }
                    s.hash()
                })
            })
            .collect();
        let hashes: Vec<isize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert!(hashes.iter().all(|&h| h == hashes[0]));
        assert_eq!(hashes[0], hash_bytes(text.as_bytes()));
    });
}
