//! `format(value, spec)` and `%`-formatting for built-in values.

use weft_runtime::numeric::float_repr::{format_float, FloatKind};
use weft_runtime::numeric::int_format;
use weft_runtime::types::{byteslike, dict::Dict, float, int, str as pystr, tuple, typeobj};
use weft_runtime::{PyResult, Value};

use super::errors::{error, type_error};
use super::ops;

/// `format(v, spec)` for a value that is not a user instance.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return ops::str_of(v);
    }
    match super::format_spec::format_builtin(v, spec) {
        Some(r) => r,
        None => super::format_spec::format_other(v, spec),
    }
}

/// One `%` conversion's flags, width and precision.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl Spec {
    /// Pads `body` (with its sign in `sign`) to the width.
    fn pad(&self, sign: &str, body: &str, numeric: bool) -> String {
        let len = sign.chars().count() + body.chars().count();
        if len >= self.width {
            return format!("{sign}{body}");
        }
        let fill = self.width - len;
        if self.left {
            format!("{sign}{body}{}", " ".repeat(fill))
        } else if self.zero && numeric {
            format!("{sign}{}{body}", "0".repeat(fill))
        } else {
            format!("{}{sign}{body}", " ".repeat(fill))
        }
    }

    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// The integer a `%d`-style conversion formats.
fn integer_of(v: &Value, kind: char) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = int::as_int(v) {
        return Ok(i.to_big().into_owned());
    }
    if let Some(f) = float::as_f64(v) {
        if kind == 'd' || kind == 'i' || kind == 'u' {
            if f.is_nan() {
                return Err(error("ValueError", "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(error(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                ));
            }
            return Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default());
        }
        return Err(type_error(format!(
            "%{kind} format: an integer is required, not float"
        )));
    }
    let what = if kind == 'd' || kind == 'i' || kind == 'u' {
        "a real number"
    } else {
        "an integer"
    };
    Err(type_error(format!(
        "%{kind} format: {what} is required, not {}",
        typeobj::type_name_of(v)
    )))
}

/// What `%`-formatting produces: text (`str % args`) or bytes (`bytes %
/// args`, whose text is kept as Latin-1 characters until the end).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Str,
    Bytes,
}

/// `%s`/`%b` of a bytes format: a bytes-like object or one with
/// `__bytes__`, as Latin-1 text.
fn bytes_operand(value: &Value) -> PyResult<String> {
    let data = match byteslike::buffer(value) {
        Some(b) => b.into_owned(),
        None => match ops::call_special(value, "__bytes__", &[])? {
            Some(r) if byteslike::buffer(&r).is_some() => {
                byteslike::buffer(&r).expect("checked").into_owned()
            }
            _ => {
                return Err(type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                typeobj::type_name_of(value)
            )))
            }
        },
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

/// `%c` of a bytes format: an int in `range(256)` or a single byte.
fn bytes_char(value: &Value) -> PyResult<char> {
    let bad = || type_error("%c requires an integer in range(256) or a single byte");
    if let Some(b) = byteslike::buffer(value) {
        return if b.len() == 1 {
            Ok(b[0] as char)
        } else {
            Err(bad())
        };
    }
    let code = int::as_int(value).ok_or_else(bad)?;
    match code.to_i64() {
        Some(c @ 0..=255) => Ok(c as u8 as char),
        _ => Err(error("OverflowError", "%c arg not in range(256)")),
    }
}

/// One conversion of `value`.
fn convert(kind: char, spec: &Spec, value: &Value, target: Target) -> PyResult<String> {
    // Numbers of int and float subclasses format as their values.
    let value = if "diuxXoeEfFgGc".contains(kind) {
        weft_runtime::types::instance::builtin_value(value)
    } else {
        value
    };
    Ok(match kind {
        's' | 'b' if target == Target::Bytes => {
            let text = bytes_operand(value)?;
            let text: String = match spec.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            spec.pad("", &text, false)
        }
        'r' | 'a' if target == Target::Bytes => {
            let text = ops::ascii_of(value)?;
            let text: String = match spec.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            spec.pad("", &text, false)
        }
        'c' if target == Target::Bytes => spec.pad("", &bytes_char(value)?.to_string(), false),
        's' | 'r' | 'a' => {
            let text = match kind {
                's' => ops::str_of(value)?,
                'r' => ops::repr_of(value)?,
                _ => ops::ascii_of(value)?,
            };
            let text: String = match spec.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            spec.pad("", &text, false)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = integer_of(value, kind)?;
            let negative = n.sign() == num_bigint::Sign::Minus;
            let magnitude = n.magnitude();
            let mut digits = match kind {
                'x' => magnitude.to_str_radix(16),
                'X' => magnitude.to_str_radix(16).to_uppercase(),
                'o' => magnitude.to_str_radix(8),
                // Decimal text is bounded by `sys.set_int_max_str_digits`.
                _ => int_format::int_to_string(&num_bigint::BigInt::from(magnitude.clone()))
                    .map_err(|e| error("ValueError", e.message().to_string()))?,
            };
            if let Some(p) = spec.precision {
                if digits.len() < p {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
            }
            let prefix = match (spec.alternate, kind) {
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                (true, 'o') => "0o",
                _ => "",
            };
            spec.pad(&format!("{}{prefix}", spec.sign(negative)), &digits, true)
        }
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let x = match float::as_f64(value) {
                Some(x) => x,
                None => match int::as_int(value) {
                    Some(i) => i.to_f64()?,
                    None => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            typeobj::type_name_of(value)
                        )));
                    }
                },
            };
            let precision = spec.precision.unwrap_or(6);
            if precision > i32::MAX as usize {
                return Err(error("ValueError", "precision too big"));
            }
            let upper = kind.is_ascii_uppercase();
            let body = if x.is_nan() {
                "nan".to_owned()
            } else if x.is_infinite() {
                "inf".to_owned()
            } else {
                let kind = match kind.to_ascii_lowercase() {
                    'f' => FloatKind::Fixed,
                    'e' => FloatKind::Exp,
                    _ => FloatKind::General,
                };
                format_float(x.abs(), kind, Some(precision), spec.alternate)
            };
            let body = if upper { body.to_uppercase() } else { body };
            let negative = x.is_sign_negative() && !x.is_nan();
            // C pads even inf and nan with zeros: `"%05f" % inf` is `00inf`.
            spec.pad(spec.sign(negative), &body, true)
        }
        'c' => {
            let text = if let Some(s) = pystr::as_str(value) {
                if s.chars().count() != 1 {
                    return Err(type_error("%c requires int or char"));
                }
                s.to_owned()
            } else {
                let code = int::as_int(value)
                    .and_then(|i| i.to_i64())
                    .ok_or_else(|| type_error("%c requires int or char"))?;
                let c = u32::try_from(code)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| error("OverflowError", "%c arg not in range(0x110000)"))?;
                c.to_string()
            };
            spec.pad("", &text, false)
        }
        other => {
            return Err(error(
                "ValueError",
                format!("unsupported format character '{other}'"),
            ))
        }
    })
}

/// The value of a `*` width or precision.
fn star_value(v: &Value) -> PyResult<i64> {
    let n = int::as_int(v).ok_or_else(|| type_error("* wants int"))?;
    n.to_i64().ok_or_else(|| {
        error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `fmt % args`.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<String> {
    percent_engine(fmt, args, Target::Str)
}

/// `fmt % args` for a bytes or bytearray `fmt`.
pub fn percent_format_bytes(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_engine(&text, args, Target::Bytes)?;
    // Every conversion of a bytes format yields Latin-1 characters.
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn percent_engine(fmt: &str, args: &Value, target: Target) -> PyResult<String> {
    let items: Vec<Value> = match tuple::as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mapping = tuple::as_tuple(args).is_none() && Dict::cast(args).is_some();
    let mut next = items.iter();
    let mut take = || {
        next.next()
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))
    };
    let mut used_mapping = false;
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut keyed = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut depth = 1;
            let mut key = String::new();
            for k in chars.by_ref() {
                match k {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                key.push(k);
            }
            if depth != 0 {
                return Err(error("ValueError", "incomplete format key"));
            }
            if !mapping && Dict::cast(args).is_none() {
                return Err(type_error("format requires a mapping"));
            }
            used_mapping = true;
            let key = match target {
                Target::Str => pystr::str_from_string(key),
                Target::Bytes => weft_runtime::types::bytes::bytes_new(
                    key.chars().map(|c| c as u32 as u8).collect(),
                ),
            };
            keyed = Some(ops::getitem(args, &key)?);
        }
        let mut spec = Spec::default();
        while let Some(&flag) = chars.peek() {
            match flag {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            chars.next();
        }
        if chars.peek() == Some(&'*') {
            chars.next();
            let w = star_value(&take()?)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        } else {
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                spec.width = spec.width * 10 + d as usize;
                chars.next();
            }
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            if chars.peek() == Some(&'*') {
                chars.next();
                let p = star_value(&take()?)?;
                spec.precision = Some(p.max(0) as usize);
            } else {
                let mut p = 0;
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                    p = p * 10 + d as usize;
                    chars.next();
                }
                spec.precision = Some(p);
            }
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next();
        }
        let Some(kind) = chars.next() else {
            return Err(error("ValueError", "incomplete format"));
        };
        if kind == '%' {
            out.push('%');
            continue;
        }
        let kinds = if target == Target::Bytes {
            "sbradiuxXofFeEgGc"
        } else {
            "sradiuxXofFeEgGc"
        };
        if !kinds.contains(kind) {
            let index = fmt.chars().count() - chars.count() - 1;
            return Err(error(
                "ValueError",
                format!(
                    "unsupported format character '{kind}' (0x{:x}) at index {index}",
                    u32::from(kind)
                ),
            ));
        }
        let value = match keyed {
            Some(v) => v,
            None => take()?,
        };
        out.push_str(&convert(kind, &spec, &value, target)?);
    }
    if !used_mapping && !mapping && next.next().is_some() {
        let what = if target == Target::Bytes {
            "bytes"
        } else {
            "string"
        };
        return Err(type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}
