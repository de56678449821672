//! `complex(str)` as CPython 3.11 parses it (`complex_from_string_inner`):
//! optional whitespace and parentheses around `<float>`, `<float>j`,
//! `<float><signed-float>j`, and the old forms `<float><sign>j`, `<sign>j`
//! and `j`. Each `<float>` is the longest prefix C's `strtod` (CPython's
//! dtoa) reads: no whitespace inside, `inf`/`infinity`/`nan` in any case.
//! Underscores are first removed where they sit between digits, as for
//! `float()`; anywhere else they make the whole string invalid.

use super::Complex;
use crate::numeric::char_class::{is_ascii_space, to_ascii_number_text};
use crate::numeric::text_repr::str_repr;

/// Why a string is not a complex number; [`ParseError::message`] is the
/// `ValueError`'s text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// `complex() arg is a malformed string`.
    Malformed,
    /// A misplaced underscore: `could not convert string to complex: '1__0'`.
    Underscore(String),
}

impl ParseError {
    /// The `ValueError` message CPython gives.
    pub fn message(&self) -> String {
        match self {
            ParseError::Malformed => "complex() arg is a malformed string".to_string(),
            ParseError::Underscore(original) => format!(
                "could not convert string to complex: {}",
                str_repr(original)
            ),
        }
    }
}

/// Parses `s` like `complex(s)`.
pub fn parse_complex(s: &str) -> Result<Complex, ParseError> {
    let ascii = to_ascii_number_text(s);
    let text = if ascii.contains(&b'_') {
        remove_underscores(&ascii).ok_or_else(|| ParseError::Underscore(s.to_string()))?
    } else {
        ascii.into_owned()
    };
    parse_ascii(&text).ok_or(ParseError::Malformed)
}

/// CPython's `_Py_string_to_number_with_underscores`: an underscore must
/// follow a digit and precede one; NULs are refused.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == 0 {
            return None;
        }
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

fn skip_spaces(s: &[u8], mut i: usize) -> usize {
    while s.get(i).copied().is_some_and(is_ascii_space) {
        i += 1;
    }
    i
}

fn is_j(b: Option<&u8>) -> bool {
    matches!(b, Some(b'j' | b'J'))
}

fn parse_ascii(s: &[u8]) -> Option<Complex> {
    let mut i = skip_spaces(s, 0);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip_spaces(s, i + 1);
    }
    let (mut re, mut im) = (0.0, 0.0);
    match float_prefix(&s[i..]) {
        Some((z, len)) => {
            i += len;
            match s.get(i) {
                Some(&sign @ (b'+' | b'-')) => {
                    // <float><signed-float>j or <float><sign>j
                    re = z;
                    match float_prefix(&s[i..]) {
                        Some((y, len)) => {
                            im = y;
                            i += len;
                        }
                        None => {
                            im = if sign == b'+' { 1.0 } else { -1.0 };
                            i += 1;
                        }
                    }
                    if !is_j(s.get(i)) {
                        return None;
                    }
                    i += 1;
                }
                b if is_j(b) => {
                    im = z;
                    i += 1;
                }
                _ => re = z,
            }
        }
        None => {
            // <sign>j or j
            if let Some(&sign @ (b'+' | b'-')) = s.get(i) {
                im = if sign == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        }
    }
    i = skip_spaces(s, i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = skip_spaces(s, i + 1);
    }
    (i == s.len()).then_some(Complex { re, im })
}

/// The float at the start of `s` and how many bytes it takes, as CPython's
/// `_PyOS_ascii_strtod`: `[sign] (digits [. digits] | . digits) [e [sign]
/// digits]` (an exponent without digits is left unread), else `[sign]`
/// `inf`, `infinity` or `nan`. `None` if no float starts there.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = s.first() == Some(&b'-');
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let start = i;
    let digits = |i: &mut usize| {
        let from = *i;
        while s.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - from
    };
    let mut count = digits(&mut i);
    if s.get(i) == Some(&b'.') {
        let mut j = i + 1;
        let fraction = digits(&mut j);
        if count + fraction > 0 {
            count += fraction;
            i = j;
        }
    }
    if count == 0 {
        return special_prefix(&s[start..])
            .map(|(x, len)| (if negative { -x } else { x }, start + len));
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    // The text is checked ASCII of Rust's float grammar, whose parser is
    // correctly rounded (overflow gives inf, underflow 0, as strtod).
    let text = std::str::from_utf8(&s[..i]).ok()?;
    text.parse::<f64>().ok().map(|x| (x, i))
}

/// `inf`, `infinity` or `nan` (any case) at the start of `s`.
fn special_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let starts = |word: &[u8]| s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    }
}
