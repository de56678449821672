//! `float(str)` as CPython 3.11 parses it: surrounding whitespace, a sign,
//! decimal digits with single underscores between digits, an optional
//! exponent, or `inf`/`infinity`/`nan` in any case. Non-ASCII decimal digits
//! and spaces are accepted like CPython does. No hexadecimal.

use super::char_class::{is_ascii_space, to_ascii_number_text};
use super::text_repr::str_repr;

/// Parses `s` like `float(s)`; `None` when Python would raise `ValueError`
/// (build the message with [`float_parse_error_message`]). Out-of-range
/// values become `inf` or `0.0`, as in Python.
pub fn parse_float(s: &str) -> Option<f64> {
    parse_ascii(&to_ascii_number_text(s))
}

/// The `ValueError` message for a string `float()` rejected:
/// `could not convert string to float: 'abc'`.
pub fn float_parse_error_message(s: &str) -> String {
    format!("could not convert string to float: {}", str_repr(s))
}

fn parse_ascii(text: &[u8]) -> Option<f64> {
    let start = text.iter().position(|&b| !is_ascii_space(b))?;
    let end = text.iter().rposition(|&b| !is_ascii_space(b))? + 1;
    let body = &text[start..end];
    let (neg, unsigned) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let value = if let Some(special) = parse_special(unsigned) {
        special
    } else {
        let cleaned = check_decimal(unsigned)?;
        // Rust's parser is correctly rounded; the grammar was checked above,
        // so it accepts exactly what Python does.
        std::str::from_utf8(&cleaned).ok()?.parse::<f64>().ok()?
    };
    Some(if neg { -value } else { value })
}

/// `inf`, `infinity` and `nan`, any case, no sign.
fn parse_special(s: &[u8]) -> Option<f64> {
    if s.eq_ignore_ascii_case(b"inf") || s.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if s.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// Checks `digits [. digits] | . digits` then `[eE [sign] digits]`, where
/// each run of digits may have single underscores between digits; returns
/// the text without underscores.
fn check_decimal(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    let int_digits = digit_run(s, &mut i, &mut out)?;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        out.push(b'.');
        i += 1;
        frac_digits = digit_run(s, &mut i, &mut out)?;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        out.push(b'e');
        i += 1;
        if let Some(&sign @ (b'+' | b'-')) = s.get(i) {
            out.push(sign);
            i += 1;
        }
        if digit_run(s, &mut i, &mut out)? == 0 {
            return None;
        }
    }
    (i == s.len()).then_some(out)
}

/// Consumes ASCII digits with single underscores between digits from
/// `s[*i..]`, copying the digits to `out`; returns how many digits, or
/// `None` for a misplaced underscore.
fn digit_run(s: &[u8], i: &mut usize, out: &mut Vec<u8>) -> Option<usize> {
    let mut n = 0;
    while let Some(&b) = s.get(*i) {
        if b.is_ascii_digit() {
            out.push(b);
            n += 1;
        } else if b == b'_' {
            let next_is_digit = s.get(*i + 1).is_some_and(u8::is_ascii_digit);
            if n == 0 || !next_is_digit {
                return None;
            }
        } else {
            break;
        }
        *i += 1;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts() {
        // (input, python3.11 float(input))
        let cases: &[(&str, f64)] = &[
            ("1", 1.0),
            ("  -1.5\n", -1.5),
            (" 1_000.5 ", 1000.5),
            ("1e1_0", 1e10),
            ("1.", 1.0),
            (".5", 0.5),
            ("1E+5", 1e5),
            ("1e-5", 1e-5),
            ("0.1", 0.1),
            ("1e309", f64::INFINITY),
            ("-1e309", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("4.9406564584124654e-324", 5e-324),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("9007199254740993", 9007199254740992.0),
            ("-iNfInItY", f64::NEG_INFINITY),
            ("+inf", f64::INFINITY),
            ("١.٥", 1.5),
            ("1e٥", 1e5),
            ("\u{3000}1.5\u{2028}", 1.5),
            ("\u{85}2\u{a0}", 2.0),
            ("\x0b1.5\x0c", 1.5),
            ("00012", 12.0),
            ("1_2.3_4e1_0", 12.34e10),
            ("1.e5", 1e5),
            (".5e-3", 0.0005),
            ("-.5", -0.5),
            ("1_0.0_1E-0_1", 1.001),
        ];
        for &(s, want) in cases {
            let got = parse_float(s);
            assert_eq!(got.map(f64::to_bits), Some(want.to_bits()), "{s:?}");
        }
        assert!(parse_float("-0").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
        // Long inputs still round correctly: python3.11 float('0.' + '3'*400)
        let long = format!("0.{}", "3".repeat(400));
        assert_eq!(parse_float(&long), Some(0.3333333333333333));
    }

    #[test]
    fn rejects() {
        // Each raises ValueError in python3.11.
        for s in [
            "",
            " ",
            "abc",
            "1_e5",
            "1e+_5",
            "_1",
            "1_",
            "1__0",
            "1._5",
            "1_.5",
            "in_f",
            ".",
            "1e",
            "e5",
            "0x10",
            "nan(1)",
            "+-1",
            "--1",
            "infinit",
            "infinityy",
            "1 2",
            "1\0",
            "\x1c1.5",
            "1.5\x1c",
            "iｎf",
            "1.5é",
            "1,5",
            "+",
            "- 1",
        ] {
            assert_eq!(parse_float(s), None, "{s:?}");
        }
    }

    #[test]
    fn error_message() {
        assert_eq!(
            float_parse_error_message("abc"),
            "could not convert string to float: 'abc'"
        );
        assert_eq!(
            float_parse_error_message("\u{3000}1.5\x1c"),
            r"could not convert string to float: '\u30001.5\x1c'"
        );
        assert_eq!(
            float_parse_error_message("it's"),
            "could not convert string to float: \"it's\""
        );
    }
}
