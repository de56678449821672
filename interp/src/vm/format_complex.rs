//! `format(c, spec)` for complex numbers, as CPython 3.11's
//! `format_complex_internal`: each part is formatted as a float with the
//! presentation type, the imaginary part always signed, then the whole is
//! padded. Without a type the parts print as in `repr` (no `.0`) inside
//! parentheses, and a +0.0 real part is left out; with a type there are no
//! parentheses. Zero padding and `=` alignment are refused.

use weft_runtime::numeric::float_repr::{format_float, FloatKind};
use weft_runtime::types::complex::Complex;
use weft_runtime::PyResult;

use super::format_spec::{check_precision, group, pad, parse, sign_text, value_error, Spec};

/// `format(c, spec)` for a complex `c` and a non-empty `spec`.
pub fn format_complex(c: Complex, spec: &str) -> PyResult<String> {
    let s = parse(spec, "complex")?;
    if let Some(g) = s.grouping {
        let allowed = match s.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if let (false, Some(k)) = (allowed, s.kind) {
            return Err(value_error(format!("Cannot specify '{g}' with '{k}'.")));
        }
    }
    let (kind, upper) = match s.kind {
        // No type: repr's digits, or `g` once a precision is given.
        None if s.precision.is_none() => (FloatKind::Repr, false),
        None | Some('g' | 'n') => (FloatKind::General, false),
        Some('G') => (FloatKind::General, true),
        Some('e') => (FloatKind::Exp, false),
        Some('E') => (FloatKind::Exp, true),
        Some('f') => (FloatKind::Fixed, false),
        Some('F') => (FloatKind::Fixed, true),
        Some(other) => {
            return Err(value_error(format!(
                "Unknown format code '{other}' for object of type 'complex'"
            )));
        }
    };
    if s.fill == Some('0') || (s.zero && s.fill.is_none()) {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    check_precision(&s)?;
    let precision = match kind {
        FloatKind::Repr => None,
        _ => Some(s.precision.unwrap_or(6)),
    };
    let skip_re = s.kind.is_none() && c.re == 0.0 && c.re.is_sign_positive();
    let add_parens = s.kind.is_none() && !skip_re;
    let part = |x: f64, sign: Option<char>| {
        let (negative, digits) = format_part(x, kind, precision, upper, &s);
        format!("{}{digits}", sign_text(negative, sign))
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(c.re, s.sign));
    }
    body.push_str(&part(c.im, if skip_re { s.sign } else { Some('+') }));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    Ok(pad(&s, "", "", &body, '>'))
}

/// One part without its sign: whether it is negative, and its text with the
/// grouping separators.
fn format_part(
    x: f64,
    kind: FloatKind,
    precision: Option<usize>,
    upper: bool,
    s: &Spec,
) -> (bool, String) {
    let mut text = format_float(x, kind, precision, s.alternate);
    if upper {
        text = text.to_ascii_uppercase();
    }
    let mut negative = text.starts_with('-');
    if negative {
        text.remove(0);
    }
    if s.no_neg_zero && negative && rounds_to_zero(&text) {
        negative = false;
    }
    if let Some(g) = s.grouping.filter(|_| x.is_finite()) {
        let split = text.find(['.', 'e', 'E']).unwrap_or(text.len());
        let (int_part, rest) = text.split_at(split);
        text = format!("{}{rest}", group(int_part, g, 3, 0));
    }
    (negative, text)
}

/// Whether formatted digits show a zero (`0.00`, `0e+00`).
fn rounds_to_zero(text: &str) -> bool {
    let mantissa = text.split(['e', 'E']).next().unwrap_or(text);
    mantissa.chars().all(|c| c == '0' || c == '.')
}
