//! `repr(str)` exactly as CPython 3.11 prints it; used by error messages such
//! as `invalid literal for int() with base 10: '12a'` and by `str.__repr__`.

use std::fmt::Write;

use super::char_class::is_printable;

/// CPython's `repr()` of a `str`.
///
/// Quotes with `'` unless the text contains `'` and no `"`. Escapes the
/// chosen quote, `\\`, `\t`, `\n`, `\r`; other ASCII controls and DEL as
/// `\xNN`; non-ASCII characters that `str.isprintable()` rejects as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN` (lowercase hex, like CPython). Lone surrogates
/// cannot occur in a Rust `&str`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_hex_escape(&mut out, c),
            _ if is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Appends the shortest of `\xNN`, `\uNNNN`, `\UNNNNNNNN` that holds `c`.
fn push_hex_escape(out: &mut String, c: char) {
    let n = c as u32;
    // Writing to a String cannot fail.
    let _ = if n <= 0xff {
        write!(out, "\\x{n:02x}")
    } else if n <= 0xffff {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes() {
        // python3.11: repr(...)
        assert_eq!(str_repr(""), "''");
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("say \"hi\""), "'say \"hi\"'");
        assert_eq!(str_repr("'\""), r#"'\'"'"#);
        assert_eq!(str_repr("a\\b"), r"'a\\b'");
    }

    #[test]
    fn escapes() {
        assert_eq!(str_repr("\t\n\r"), r"'\t\n\r'");
        assert_eq!(str_repr("\0\x07\x1b\x7f"), r"'\x00\x07\x1b\x7f'");
        assert_eq!(str_repr("\u{80}\u{a0}\u{ad}é"), r"'\x80\xa0\xadé'");
        assert_eq!(
            str_repr("\u{200b}\u{2028}\u{3000}€"),
            r"'\u200b\u2028\u3000€'"
        );
        assert_eq!(str_repr("\u{e000}\u{fffe}"), r"'\ue000\ufffe'");
        assert_eq!(
            str_repr("😀\u{e0001}\u{10ffff}"),
            r"'😀\U000e0001\U0010ffff'"
        );
        assert_eq!(str_repr("中文 ١٢٣"), "'中文 ١٢٣'");
        assert_eq!(str_repr("\u{11F50}"), r"'\U00011f50'"); // unassigned in Unicode 14
    }
}
