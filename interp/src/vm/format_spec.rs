//! The format specification mini-language for the built-in types:
//! `format(value, spec)`, f-string `{x:spec}` and `str.format` fields.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, with
//! CPython 3.11's rules and error messages for `int` (and `bool`), `float`
//! and `str`.

use num_bigint::{BigInt, Sign};
use weft_runtime::numeric::float_repr::{format_float, FloatKind};
use weft_runtime::types::{float, int, none_bool, str as pystr, typeobj};
use weft_runtime::{PyResult, Value};

use super::errors::{error, type_error};

/// A parsed specification.
#[derive(Debug, Default)]
pub(super) struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

pub(super) fn value_error(message: impl Into<String>) -> weft_runtime::PyErr {
    error("ValueError", message)
}

/// Parses `spec` for a value of type `type_name` (named in the errors).
pub(super) fn parse(spec: &str, type_name: &str) -> PyResult<Spec> {
    // Specs are short (`03d`, `>8.2f`): their characters on the stack, not
    // in an allocation per format.
    let mut inline = ['\0'; 16];
    let spilled: Vec<char>;
    let chars: &[char] = if spec.len() <= inline.len() {
        let mut n = 0;
        for c in spec.chars() {
            inline[n] = c;
            n += 1;
        }
        &inline[..n]
    } else {
        spilled = spec.chars().collect();
        &spilled
    };
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let number = |i: &mut usize| -> PyResult<Option<usize>> {
        let start = *i;
        let mut n: Option<usize> = Some(0);
        while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
            n = n.and_then(|n| n.checked_mul(10)?.checked_add(d as usize));
            *i += 1;
        }
        if *i == start {
            return Ok(None);
        }
        n.map(Some)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))
    };
    s.width = number(&mut i)?.unwrap_or(0);
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
        if let Some(&d @ (',' | '_')) = chars.get(i) {
            let _ = d;
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision =
            Some(number(&mut i)?.ok_or_else(|| value_error("Format specifier missing precision"))?);
    }
    if i < chars.len() {
        if i + 1 < chars.len() {
            return Err(value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        s.kind = Some(chars[i]);
    }
    if s.zero && s.fill.is_none() && s.align.is_none() {
        s.fill = Some('0');
        s.align = Some('=');
    }
    Ok(s)
}

/// Pad `sign + prefix + body` to the width with the fill and alignment;
/// `=` puts the padding after the sign and prefix.
pub(super) fn pad(s: &Spec, sign: &str, prefix: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + prefix.chars().count() + body.chars().count();
    let fill = s.fill.unwrap_or(' ');
    let n = s.width.saturating_sub(len);
    // Fill before everything, between the sign/prefix and the body, after.
    let (before, inside, after) = match s.align.unwrap_or(default_align) {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    let mut out =
        String::with_capacity(sign.len() + prefix.len() + body.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, before));
    out.push_str(sign);
    out.push_str(prefix);
    out.extend(std::iter::repeat_n(fill, inside));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

/// Insert `sep` every `every` digits from the right of `digits`; with
/// `min_len`, pad with leading zeros (grouped too) up to that length.
pub(super) fn group(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let mut d: Vec<char> = digits.chars().collect();
    loop {
        let groups = d.len().div_ceil(every);
        let total = d.len() + groups.saturating_sub(1);
        if total >= min_len {
            break;
        }
        d.insert(0, '0');
    }
    let mut out = String::new();
    for (k, c) in d.iter().enumerate() {
        if k > 0 && (d.len() - k) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    // A leading separator can appear when zero padding lands on a boundary.
    if out.starts_with(sep) {
        out.insert(0, '0');
    }
    out
}

pub(super) fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Zero padding with `=` alignment and grouping pads the digits themselves.
fn zero_grouped(s: &Spec) -> bool {
    s.grouping.is_some() && s.fill == Some('0') && s.align == Some('=')
}

fn format_int(i: int::IntRef<'_>, s: &Spec, type_name: &str) -> PyResult<String> {
    let kind = s.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float_spec(i.to_f64()?, s);
    }
    if !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(value_error(format!(
            "Unknown format code '{kind}' for object of type '{type_name}'"
        )));
    }
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let (radix, prefix) = match kind {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            if s.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if s.alternate {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = u32::try_from(&*i.to_big())
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| error("OverflowError", "%c arg not in range(0x110000)"))?;
            return Ok(pad(s, "", "", &c.to_string(), '>'));
        }
        other => {
            return Err(value_error(format!(
                "Unknown format code '{other}' for object of type '{type_name}'"
            )));
        }
    };
    if let Some(g) = s.grouping {
        if g == ',' && radix != 10 || kind == 'n' {
            return Err(value_error(format!("Cannot specify '{g}' with '{kind}'.")));
        }
    }
    let (negative, mut digits) = match i {
        // A machine word's digits without a big int made for them.
        int::IntRef::Small(x) => (
            x < 0,
            match radix {
                2 => format!("{:b}", x.unsigned_abs()),
                8 => format!("{:o}", x.unsigned_abs()),
                16 => format!("{:x}", x.unsigned_abs()),
                _ => x.unsigned_abs().to_string(),
            },
        ),
        int::IntRef::Big(n) => (
            n.sign() == Sign::Minus,
            if radix == 10 {
                // Decimal text is bounded by `sys.set_int_max_str_digits`.
                weft_runtime::numeric::int_format::int_to_string(&BigInt::from(
                    n.magnitude().clone(),
                ))
                .map_err(|e| value_error(e.message().to_string()))?
            } else {
                n.magnitude().to_str_radix(radix)
            },
        ),
    };
    if kind == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let sign = sign_text(negative, s.sign);
    let prefix = if s.alternate { prefix } else { "" };
    if let Some(g) = s.grouping {
        let every = if radix == 10 { 3 } else { 4 };
        let min = if zero_grouped(s) {
            s.width.saturating_sub(sign.len() + prefix.len())
        } else {
            0
        };
        digits = group(&digits, g, every, min);
    }
    Ok(pad(s, sign, prefix, &digits, '>'))
}

fn format_float_spec(x: f64, s: &Spec) -> PyResult<String> {
    let kind = s.kind;
    let (fk, upper, percent) = match kind {
        None => (FloatKind::NoType, false, false),
        Some('e') => (FloatKind::Exp, false, false),
        Some('E') => (FloatKind::Exp, true, false),
        Some('f') => (FloatKind::Fixed, false, false),
        Some('F') => (FloatKind::Fixed, true, false),
        Some('g') | Some('n') => (FloatKind::General, false, false),
        Some('G') => (FloatKind::General, true, false),
        Some('%') => (FloatKind::Fixed, false, true),
        Some(other) => {
            return Err(value_error(format!(
                "Unknown format code '{other}' for object of type 'float'"
            )));
        }
    };
    if let (Some(g), Some('n')) = (s.grouping, kind) {
        return Err(value_error(format!("Cannot specify '{g}' with 'n'.")));
    }
    check_precision(s)?;
    let value = if percent { x * 100.0 } else { x };
    // No type and no precision is repr; `g` and friends default to 6.
    let precision = match (kind, s.precision) {
        (None, p) => p,
        (_, Some(p)) => Some(p),
        (_, None) => Some(6),
    };
    let mut text = format_float(value, fk, precision, s.alternate);
    if upper {
        text = text.to_ascii_uppercase();
    }
    let mut negative = text.starts_with('-');
    if negative {
        text.remove(0);
    }
    if s.no_neg_zero
        && negative
        && text
            .chars()
            .all(|c| c == '0' || c == '.' || !c.is_ascii_digit() && c != 'e')
    {
        negative = false;
    }
    if percent {
        text.push('%');
    }
    let finite = value.is_finite();
    if let Some(g) = s.grouping.filter(|_| finite) {
        let split = text
            .find(|c: char| c == '.' || c == 'e' || c == 'E' || c == '%')
            .unwrap_or(text.len());
        let (int_part, rest) = text.split_at(split);
        let sign_len = usize::from(negative || s.sign.is_some_and(|c| c != '-'));
        let min = if zero_grouped(s) {
            s.width.saturating_sub(sign_len + rest.chars().count())
        } else {
            0
        };
        text = format!("{}{}", group(int_part, g, 3, min), rest);
    }
    let sign = sign_text(negative, s.sign);
    Ok(pad(s, sign, "", &text, '>'))
}

/// CPython formats floats to at most `INT_MAX` digits.
pub(super) fn check_precision(s: &Spec) -> PyResult<()> {
    match s.precision {
        Some(p) if p > i32::MAX as usize => Err(value_error("precision too big")),
        _ => Ok(()),
    }
}

fn format_str(text: &str, s: &Spec) -> PyResult<String> {
    if let Some(k) = s.kind.filter(|k| *k != 's') {
        return Err(value_error(format!(
            "Unknown format code '{k}' for object of type 'str'"
        )));
    }
    if s.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if s.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = s.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(s, "", "", &body, '<'))
}

/// `format(v, spec)` for `int`, `bool`, `float`, `complex` and `str`;
/// `None` for other types.
pub fn format_builtin(v: &Value, spec: &str) -> Option<PyResult<String>> {
    if let Some(text) = pystr::as_str(v) {
        return Some(parse(spec, "str").and_then(|s| format_str(text, &s)));
    }
    if let Some(i) = int::as_int(v) {
        let type_name = if none_bool::as_bool(v).is_some() {
            "bool"
        } else {
            "int"
        };
        return Some(parse(spec, type_name).and_then(|s| format_int(i, &s, type_name)));
    }
    if let Some(x) = float::as_f64(v) {
        return Some(parse(spec, "float").and_then(|s| format_float_spec(x, &s)));
    }
    if let Some(c) = weft_runtime::types::complex::as_complex(v) {
        return Some(super::format_complex::format_complex(c, spec));
    }
    None
}

/// `object.__format__`: only the empty spec.
pub fn format_other(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return super::ops::str_of(v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        typeobj::type_name_of(v)
    )))
}
