//! Character classes CPython 3.11 uses when parsing numbers and printing
//! strings: `str.isprintable`, `str.isspace` and decimal digit values.
//! The tables come from CPython's own `unicodedata` (see
//! `runtime/tools/gen_unicode_tables.py`), so results match 3.11 exactly,
//! including which code points are still unassigned in Unicode 14.0.

use std::borrow::Cow;

use super::unicode_tables::{DECIMAL_ZEROS, NON_PRINTABLE, SPACES};

/// The Unicode version of CPython 3.11's tables, which these follow.
pub use super::unicode_tables::UNICODE_VERSION;

/// Python's `str.isprintable()` for one character: false for categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (except the ASCII space).
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if (0x20..0x7f).contains(&c) {
        return true; // fast path: printable ASCII
    }
    // Index of the first range starting after `c`; `c` is inside the one before it, if any.
    let i = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= c);
    !(i > 0 && c <= NON_PRINTABLE[i - 1].1)
}

/// Python's `str.isspace()` for one character (includes `\x1c`..`\x1f`,
/// which Rust's `char::is_whitespace` does not).
pub fn is_space(c: char) -> bool {
    SPACES.binary_search(&(c as u32)).is_ok()
}

/// The space characters of C's `isspace` in the "C" locale, which CPython's
/// number parsers skip after mapping other Unicode spaces to `' '`.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The value of a decimal digit of any script (Python's
/// `unicodedata.decimal`), or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    if (0x30..=0x39).contains(&c) {
        return Some(c - u32::from(b'0'));
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if i == 0 {
        return None;
    }
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step of
/// `int(str)` and `float(str)`: non-ASCII spaces become `' '`, non-ASCII
/// decimal digits become ASCII digits, ASCII is kept. The first other
/// non-ASCII character becomes `'?'` and ends the text (it cannot be part of
/// a number, but `int()` still reports a too-long digit run before it).
pub fn to_ascii_number_text(s: &str) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable() {
        // Expected values from python3.11: [c.isprintable() for c in ...]
        for c in ['a', ' ', '~', 'é', '\u{a1}', '€', '中', '😀'] {
            assert!(is_printable(c), "{c:?}");
        }
        for c in [
            '\0',
            '\n',
            '\x7f',
            '\u{80}',
            '\u{9f}',
            '\u{a0}',
            '\u{ad}',
            '\u{200b}',
            '\u{2028}',
            '\u{3000}',
            '\u{e000}',
            '\u{fffe}',
            '\u{10ffff}',
            '\u{e0001}',
            // Kawi digit zero: assigned in Unicode 15, unassigned (Cn) in 3.11.
            '\u{11F50}',
        ] {
            assert!(!is_printable(c), "{c:?}");
        }
    }

    #[test]
    fn version() {
        assert_eq!(UNICODE_VERSION, "14.0.0"); // python3.11: unicodedata.unidata_version
    }

    #[test]
    fn spaces() {
        for c in [
            ' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1f', '\u{85}', '\u{a0}', '\u{1680}',
            '\u{2000}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['a', '\0', '\u{200b}', '\u{feff}', '\u{180e}'] {
            assert!(!is_space(c), "{c:?}");
        }
        assert!(is_ascii_space(b'\x0b') && !is_ascii_space(b'\x1c'));
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value('９'), Some(9)); // FULLWIDTH DIGIT NINE
        assert_eq!(decimal_value('\u{1D7FF}'), Some(9)); // MATHEMATICAL MONOSPACE DIGIT NINE
        assert_eq!(decimal_value('²'), None); // digit but not decimal
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{11F50}'), None); // not yet in Unicode 14
    }

    #[test]
    fn ascii_number_text() {
        assert_eq!(&*to_ascii_number_text("12"), b"12");
        assert_eq!(&*to_ascii_number_text("\u{3000}١٢\u{a0}"), b" 12 ");
        assert_eq!(&*to_ascii_number_text("1é2"), b"1?");
    }
}
