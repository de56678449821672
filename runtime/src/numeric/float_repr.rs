//! Float to text as CPython 3.11 does it: `repr(float)`/`str(float)` and the
//! `e`, `f`, `g` and no-type presentations used by `%`-formatting,
//! `format()` and f-strings.
//!
//! Digits come from `ryu` (shortest round-trip, for `repr`) or from Rust's
//! `{:.*}` / `{:.*e}` formatting, which is correctly rounded (ties to even on
//! the exact binary value, like CPython's dtoa). Only the layout rules below
//! are Python's.

use std::fmt::Write;

/// Which presentation type of the format mini-language to produce.
/// Uppercase types (`E`, `F`, `G`) are the lowercase result passed through
/// `to_ascii_uppercase()`: the output only holds digits, `.`, `-`, `+`, `e`,
/// `inf` and `nan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatKind {
    /// `f`: fixed point, `precision` digits after the point (default 6).
    Fixed,
    /// `e`: scientific, `precision` digits after the point (default 6).
    Exp,
    /// `g`: `precision` significant digits (default 6, 0 means 1),
    /// trailing zeros removed unless `alternate`.
    General,
    /// No type letter (`f'{x}'`, `f'{x:.3}'`): `repr` without a precision,
    /// otherwise like `g` but keeping at least one digit after the point and
    /// switching to scientific notation one digit sooner.
    NoType,
    /// CPython's internal `r` (`PyOS_double_to_string(x, 'r', 0, flags)`):
    /// `repr`'s digits and layout without the `.0` of integral values,
    /// which the parts of a complex number use. The precision is ignored.
    Repr,
}

/// `repr(x)`: the shortest digits that round-trip, in fixed notation when the
/// decimal exponent is in `-4..16`, else scientific (`1e+16`, `1e-05`);
/// integral values get `.0`.
pub fn float_repr(x: f64) -> String {
    format_float(x, FloatKind::NoType, None, false)
}

/// `repr(x)` without the `.0` of integral values (`1`, `1.5`, `1e+16`,
/// `inf`): how the parts of a complex number print.
pub fn float_repr_short(x: f64) -> String {
    format_float(x, FloatKind::Repr, None, false)
}

/// `str(x)`: the same as `repr(x)` since Python 3.2.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `'%.*f' % (precision, x)` / `f'{x:.{precision}f}'`.
pub fn format_float_fixed(x: f64, precision: usize) -> String {
    format_float(x, FloatKind::Fixed, Some(precision), false)
}

/// `'%.*e' % (precision, x)` / `f'{x:.{precision}e}'`.
pub fn format_float_exp(x: f64, precision: usize) -> String {
    format_float(x, FloatKind::Exp, Some(precision), false)
}

/// `'%.*g' % (precision, x)` / `f'{x:.{precision}g}'`.
pub fn format_float_general(x: f64, precision: usize) -> String {
    format_float(x, FloatKind::General, Some(precision), false)
}

/// The digits-and-point part of any float presentation: sign only when
/// negative (the caller adds `+`/space signs, padding and grouping).
/// `precision` of `None` takes the type's default; `alternate` is the `#`
/// flag (always keep the decimal point; for `g`, keep trailing zeros).
pub fn format_float(x: f64, kind: FloatKind, precision: Option<usize>, alternate: bool) -> String {
    if x.is_nan() {
        return "nan".to_owned(); // CPython never prints a sign on nan
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_owned();
    }
    let neg = x.is_sign_negative(); // includes -0.0
    let a = x.abs();
    match kind {
        FloatKind::Fixed => {
            let p = precision.unwrap_or(6);
            // Rust prints the exact decimal expansion, correctly rounded, and
            // keeps the sign of -0.0 and of negatives that round to zero.
            // Past the last digit of the expansion come only zeros, which
            // are added by hand: Rust refuses precisions over 65535.
            let exact = p.min(MAX_FRACTION_DIGITS);
            let mut s = format!("{x:.exact$}");
            push_zeros(&mut s, (p - exact) as i64);
            if alternate && p == 0 {
                s.push('.');
            }
            s
        }
        FloatKind::Exp => {
            let p = precision.unwrap_or(6);
            let (digits, decpt) = rounded_digits(a, p + 1);
            layout(neg, &digits, decpt, true, false, alternate)
        }
        FloatKind::General => general(neg, a, precision.unwrap_or(6), alternate, false),
        FloatKind::NoType => match precision {
            Some(p) => general(neg, a, p, alternate, true),
            None => shortest(neg, a, true, alternate),
        },
        FloatKind::Repr => shortest(neg, a, false, alternate),
    }
}

/// The shortest round-trip digits, laid out as `repr` does.
fn shortest(neg: bool, a: f64, add_dot_0: bool, alternate: bool) -> String {
    let (digits, decpt) = shortest_digits(a);
    // Scientific from 1e16 on: below that, 17-digit integers would print
    // padded with misleading zeros.
    let use_exp = decpt <= -4 || decpt > 16;
    layout(neg, &digits, decpt, use_exp, add_dot_0, alternate)
}

/// `g` (and the no-type presentation with a precision when `add_dot_0`).
fn general(neg: bool, a: f64, precision: usize, alternate: bool, add_dot_0: bool) -> String {
    let p = precision.max(1);
    let (mut digits, decpt) = rounded_digits(a, p);
    let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    let use_exp = decpt <= -4 || decpt > limit;
    if !alternate {
        let keep = digits.trim_end_matches('0').len().max(1);
        digits.truncate(keep);
    }
    layout(neg, &digits, decpt, use_exp, add_dot_0, alternate)
}

/// Shortest round-trip digits of finite `a >= 0` as (digits, decpt): the
/// value is `0.DIGITS * 10**decpt`, with no leading or trailing zeros
/// (zero is `("0", 1)`).
fn shortest_digits(a: f64) -> (String, i64) {
    let mut buf = ryu::Buffer::new();
    // ryu prints forms like "0.0", "123.45", "1e16", "1.2e-7".
    let text = buf.format_finite(a);
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int_part}{frac_part}");
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0');
    if digits.is_empty() {
        return ("0".to_owned(), 1);
    }
    (digits.to_owned(), int_part.len() as i64 - lead as i64 + exp)
}

/// `ndigits >= 1` significant digits of finite `a >= 0`, correctly rounded,
/// trailing zeros kept, as (digits, decpt) like [`shortest_digits`]. Zero is
/// all zeros with decpt 1, as CPython's dtoa gives.
fn rounded_digits(a: f64, ndigits: usize) -> (String, i64) {
    let exact = ndigits.min(MAX_SIGNIFICANT_DIGITS);
    let text = format!("{:.*e}", exact - 1, a); // "d.ddde-7"
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    push_zeros(&mut digits, (ndigits - exact) as i64);
    (digits, exp.parse::<i64>().unwrap_or(0) + 1)
}

/// A double's exact decimal expansion has at most 1074 digits after the
/// point (2**-1074) and 767 significant digits: more precision only adds
/// zeros.
const MAX_FRACTION_DIGITS: usize = 1100;
const MAX_SIGNIFICANT_DIGITS: usize = 800;

/// CPython's placement rules: put the point after `decpt` digits (or after
/// the first digit with an exponent), padding with zeros as needed. Integral
/// results get `.0` when `add_dot_0` (fixed notation only), `.` when
/// `alternate`. The exponent has a sign and at least two digits.
fn layout(
    neg: bool,
    digits: &str,
    decpt: i64,
    use_exp: bool,
    add_dot_0: bool,
    alternate: bool,
) -> String {
    let mut s = String::with_capacity(digits.len() + 8);
    if neg {
        s.push('-');
    }
    let point = if use_exp { 1 } else { decpt };
    let n = digits.len() as i64;
    if point <= 0 {
        s.push_str("0.");
        push_zeros(&mut s, -point);
        s.push_str(digits);
    } else if point >= n {
        s.push_str(digits);
        push_zeros(&mut s, point - n);
        if add_dot_0 && !use_exp {
            s.push_str(".0");
        } else if alternate {
            s.push('.');
        }
    } else {
        let (int_part, frac) = digits.split_at(point as usize);
        s.push_str(int_part);
        s.push('.');
        s.push_str(frac);
    }
    if use_exp {
        let e = decpt - 1;
        // Writing to a String cannot fail.
        let _ = write!(
            s,
            "e{}{:02}",
            if e < 0 { '-' } else { '+' },
            e.unsigned_abs()
        );
    }
    s
}

fn push_zeros(s: &mut String, n: i64) {
    s.extend(std::iter::repeat_n('0', n.max(0) as usize));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nan() -> f64 {
        f64::NAN
    }

    #[test]
    fn repr_matches_python() {
        // (value, python3.11 repr(value))
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (0.00012345, "0.00012345"),
            (1.5e-5, "1.5e-05"),
            (1e22, "1e+22"),
            (1.5e300, "1.5e+300"),
            (1e100, "1e+100"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (5e-324, "5e-324"),
            (-5e-324, "-5e-324"),
            (2.225073858507201e-308, "2.225073858507201e-308"),
            (123.456, "123.456"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0f64.powi(53), "9007199254740992.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (nan(), "nan"),
            (-nan(), "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
            assert_eq!(float_str(x), want);
        }
    }

    #[test]
    fn fixed() {
        // python3.11: '%.Nf' % x
        assert_eq!(format_float_fixed(1.23456, 3), "1.235");
        assert_eq!(format_float_fixed(0.125, 2), "0.12"); // exact tie -> even
        assert_eq!(format_float_fixed(0.375, 2), "0.38");
        assert_eq!(format_float_fixed(2.675, 2), "2.67"); // binary value below the tie
        assert_eq!(format_float_fixed(0.5, 0), "0");
        assert_eq!(format_float_fixed(1.5, 0), "2");
        assert_eq!(format_float_fixed(2.5, 0), "2");
        assert_eq!(format_float_fixed(-0.0, 3), "-0.000");
        assert_eq!(format_float_fixed(-0.0001, 2), "-0.00");
        assert_eq!(format_float_fixed(1e16, 1), "10000000000000000.0");
        assert_eq!(format_float_fixed(0.1, 20), "0.10000000000000000555");
        assert_eq!(format_float_fixed(5e-324, 3), "0.000");
        assert_eq!(format_float_fixed(1e22, 0), "10000000000000000000000");
        assert_eq!(format_float(1.0, FloatKind::Fixed, Some(0), true), "1.");
        assert_eq!(format_float(1.0, FloatKind::Fixed, None, false), "1.000000");
        assert_eq!(format_float_fixed(f64::INFINITY, 2), "inf");
        assert_eq!(format_float_fixed(-nan(), 2), "nan");
        // python3.11: '%.2f' % 1e300 prints the exact binary value.
        assert_eq!(
            format_float_fixed(1e300, 2),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"
        );
    }

    #[test]
    fn exp() {
        // python3.11: '%.Ne' % x
        assert_eq!(format_float_exp(12345.678, 3), "1.235e+04");
        assert_eq!(format_float_exp(0.0, 3), "0.000e+00");
        assert_eq!(format_float_exp(-0.0, 0), "-0e+00");
        assert_eq!(format_float_exp(2.5, 0), "2e+00");
        assert_eq!(format_float_exp(0.125, 1), "1.2e-01");
        assert_eq!(format_float_exp(1e-5, 2), "1.00e-05");
        assert_eq!(format_float_exp(1.5e300, 6), "1.500000e+300");
        assert_eq!(format_float_exp(5e-324, 3), "4.941e-324");
        assert_eq!(format_float_exp(9.9999, 2), "1.00e+01");
        assert_eq!(format_float(1.0, FloatKind::Exp, Some(0), true), "1.e+00");
        assert_eq!(
            format_float(1.0, FloatKind::Exp, None, false),
            "1.000000e+00"
        );
        assert_eq!(format_float_exp(f64::NEG_INFINITY, 3), "-inf");
    }

    #[test]
    fn general_g() {
        // python3.11: '%.Ng' % x / f'{x:g}'
        let g6 = |x: f64| format_float(x, FloatKind::General, None, false);
        assert_eq!(g6(0.0), "0");
        assert_eq!(g6(-0.0), "-0");
        assert_eq!(g6(1.0), "1");
        assert_eq!(g6(0.1 + 0.2), "0.3");
        assert_eq!(g6(123456.0), "123456");
        assert_eq!(g6(1234567.0), "1.23457e+06");
        assert_eq!(g6(1e16), "1e+16");
        assert_eq!(g6(1e-4), "0.0001");
        assert_eq!(g6(1e-5), "1e-05");
        assert_eq!(g6(0.00012345678), "0.000123457");
        assert_eq!(g6(5e-324), "4.94066e-324");
        assert_eq!(format_float_general(1.5, 0), "2");
        assert_eq!(format_float_general(2.5, 0), "2");
        assert_eq!(format_float_general(100.0, 2), "1e+02");
        assert_eq!(format_float_general(99.5, 2), "1e+02");
        assert_eq!(format_float_general(12.5, 3), "12.5");
        assert_eq!(format_float(0.0, FloatKind::General, None, true), "0.00000");
        assert_eq!(format_float(1.0, FloatKind::General, Some(1), true), "1.");
        assert_eq!(
            format_float(1e20, FloatKind::General, Some(1), true),
            "1.e+20"
        );
        assert_eq!(
            format_float(123.0, FloatKind::General, Some(3), true),
            "123."
        );
        assert_eq!(format_float(1.5, FloatKind::General, None, true), "1.50000");
        assert_eq!(format_float_general(nan(), 3), "nan");
    }

    #[test]
    fn no_type_with_precision() {
        // python3.11: f'{x:.N}' and f'{x:#}'
        let nt = |x: f64, p: usize| format_float(x, FloatKind::NoType, Some(p), false);
        assert_eq!(nt(1.5, 0), "2e+00");
        assert_eq!(nt(0.5, 0), "0.5");
        assert_eq!(nt(100.0, 3), "1e+02");
        assert_eq!(nt(10.0, 3), "10.0");
        assert_eq!(nt(0.0, 3), "0.0");
        assert_eq!(nt(1e-5, 3), "1e-05");
        assert_eq!(nt(1234.5, 3), "1.23e+03");
        assert_eq!(nt(f64::NEG_INFINITY, 3), "-inf");
        assert_eq!(format_float(0.0, FloatKind::NoType, Some(3), true), "0.00");
        assert_eq!(
            format_float(123.0, FloatKind::NoType, Some(4), true),
            "123.0"
        );
        assert_eq!(format_float(1e16, FloatKind::NoType, None, true), "1.e+16");
        assert_eq!(format_float(1.0, FloatKind::NoType, None, true), "1.0");
    }

    /// Vectors from runtime/tools/gen_float_format_vectors.py (CPython 3.11).
    #[test]
    fn random_doubles_match_cpython() {
        let data = include_str!("testdata/float_format.txt");
        let mut checked = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let x = f64::from_bits(u64::from_str_radix(f[0], 16).unwrap());
            assert_eq!(float_repr(x), f[1], "repr {line}");
            assert_eq!(format_float_exp(x, 3), f[2], "%.3e {line}");
            assert_eq!(format_float_general(x, 17), f[3], "%.17g {line}");
            assert_eq!(
                format_float(x, FloatKind::General, None, false),
                f[4],
                "%g {line}"
            );
            if f[5] != "-" {
                assert_eq!(format_float_fixed(x, 4), f[5], "%.4f {line}");
            }
            assert_eq!(
                format_float(x, FloatKind::NoType, Some(5), false),
                f[6],
                ":.5 {line}"
            );
            assert_eq!(
                format_float(x, FloatKind::General, Some(3), true),
                f[7],
                "%#.3g {line}"
            );
            checked += 1;
        }
        assert_eq!(checked, 700);
    }
}
