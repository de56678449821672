//! `_struct`: `pack`, `unpack`, `unpack_from`, `iter_unpack`, `calcsize`
//! and the `error` class, with CPython's formats (byte order and size
//! prefixes, native alignment, counts) and messages. `struct.Struct` is
//! Python over these (`interp/lib/struct.py`).

use std::sync::OnceLock;

use weft_runtime::types::{
    bytes, byteslike, dict::Dict, exception, int, list::List, none_bool, str as pystr, tuple,
    typeobj,
};
use weft_runtime::{Args, PyErr, PyResult, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::{module_set, module_with_functions};
use crate::vm::ops;

/// `struct.error`, made with the module.
fn error_class() -> &'static Value {
    static CLASS: OnceLock<Value> = OnceLock::new();
    CLASS.get_or_init(|| {
        let ns = Dict::new();
        let _ = Dict::cast(&ns)
            .expect("a dict")
            .set(pystr::intern("__module__"), pystr::str_value("struct"));
        let base = exception::exception_class("Exception").expect("built in");
        let class = typeobj::new_class("error", vec![base], ns).expect("a plain exception class");
        weft_runtime::object::refcount::immortalize_fresh(&class);
        class
    })
}

fn struct_error(message: impl Into<String>) -> PyErr {
    PyErr::Object(exception::new_exception(
        error_class(),
        vec![pystr::str_from_string(message.into())],
    ))
}

/// How a format lays out its items.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `=`, `<`, `>`, `!`: standard sizes, no alignment.
    Standard { little: bool },
}

/// One format item: a code and its count (the byte length for `s`/`p`).
struct Item {
    code: char,
    count: usize,
}

fn parse(fmt: &str) -> PyResult<(Mode, Vec<Item>)> {
    let mut chars = fmt.chars().peekable();
    let mode = match chars.peek() {
        Some('@') => {
            chars.next();
            Mode::Native
        }
        Some('=') | Some('<') => {
            chars.next();
            Mode::Standard { little: true }
        }
        Some('>') | Some('!') => {
            chars.next();
            Mode::Standard { little: false }
        }
        _ => Mode::Native,
    };
    let mut items = Vec::new();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count: Option<usize> = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n: usize = c.to_digit(10).expect("a digit") as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(d.to_digit(10).expect("a digit") as usize))
                            .ok_or_else(|| struct_error("total struct size too long"))?;
                    }
                    Some(other) => {
                        code = other;
                        break;
                    }
                    None => {
                        return Err(struct_error("repeat count given without format specifier"))
                    }
                }
            }
            count = Some(n);
        }
        if size_of(code, mode).is_none() {
            return Err(struct_error("bad char in struct format"));
        }
        items.push(Item {
            code,
            count: count.unwrap_or(1),
        });
    }
    Ok((mode, items))
}

/// The size of one `code` item; `None` for an unknown code.
fn size_of(code: char, mode: Mode) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if mode == Mode::Native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if mode == Mode::Native => 8,
        _ => return None,
    })
}

/// A value-taking item placed: its code, offset and width in bytes.
type Slot = (char, usize, usize);

/// Each value-taking item with its offset, and the total size.
fn layout(mode: Mode, items: &[Item]) -> PyResult<(Vec<Slot>, usize)> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    for item in items {
        let size = size_of(item.code, mode).expect("checked by parse");
        if mode == Mode::Native && !matches!(item.code, 's' | 'p' | 'x') && item.count > 0 {
            offset = offset.div_ceil(size) * size;
        }
        match item.code {
            's' | 'p' => {
                out.push((item.code, offset, item.count));
                offset = offset
                    .checked_add(item.count)
                    .ok_or_else(|| struct_error("total struct size too long"))?;
            }
            'x' => {
                offset = offset
                    .checked_add(item.count)
                    .ok_or_else(|| struct_error("total struct size too long"))?
            }
            code => {
                for _ in 0..item.count {
                    out.push((code, offset, size));
                    offset = offset
                        .checked_add(size)
                        .ok_or_else(|| struct_error("total struct size too long"))?;
                }
            }
        }
    }
    Ok((out, offset))
}

fn fmt_arg(v: &Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        typeobj::type_name_of(v)
    )))
}

fn put(out: &mut [u8], offset: usize, size: usize, little: bool, bits: u64) {
    for k in 0..size {
        let byte = (bits >> (8 * k)) as u8;
        let at = if little {
            offset + k
        } else {
            offset + size - 1 - k
        };
        out[at] = byte;
    }
}

fn get(data: &[u8], offset: usize, size: usize, little: bool) -> u64 {
    let mut bits = 0u64;
    for k in 0..size {
        let at = if little {
            offset + k
        } else {
            offset + size - 1 - k
        };
        bits |= u64::from(data[at]) << (8 * k);
    }
    bits
}

/// The integer to pack for `code`, with CPython's range messages.
fn int_bits(code: char, size: usize, mode: Mode, v: &Value) -> PyResult<u64> {
    let n = weft_runtime::args::index_value(v)?
        .ok_or_else(|| struct_error("required argument is not an integer"))?;
    let n = int::as_int(&n).expect("an int").to_big().into_owned();
    if code == 'P' {
        // A pointer, as CPython's PyLong_AsVoidPtr: signed or unsigned.
        use num_traits::ToPrimitive;
        return n
            .to_u64()
            .or_else(|| n.to_i64().map(|i| i as u64))
            .ok_or_else(|| struct_error("int too large to convert"));
    }
    let signed = code.is_ascii_lowercase();
    let bits = 8 * size as u32;
    let (lo, hi): (num_bigint::BigInt, num_bigint::BigInt) = if signed {
        (
            -(num_bigint::BigInt::from(1) << (bits - 1)),
            (num_bigint::BigInt::from(1) << (bits - 1)) - 1,
        )
    } else {
        (
            num_bigint::BigInt::from(0),
            (num_bigint::BigInt::from(1) << bits) - 1,
        )
    };
    if n < lo || n > hi {
        // CPython's tables: b/B always use the named native packers; on a
        // little-endian machine so do h/H of the native and little-endian
        // orders. The standard packers name the code, except for a
        // negative unsigned value.
        let native_like = matches!(mode, Mode::Native | Mode::Standard { little: true });
        let named = match code {
            'b' => Some("byte"),
            'B' => Some("ubyte"),
            'h' if native_like => Some("short"),
            'H' if native_like => Some("ushort"),
            _ => None,
        };
        // The standard 8-byte packers convert through a byte array, whose
        // overflow is the bare message.
        let standard = matches!(mode, Mode::Standard { .. }) && size < 8;
        let explicit = (standard || code == 'i') && !(!signed && n < lo);
        return Err(match named {
            Some(name) => struct_error(format!("{name} format requires {lo} <= number <= {hi}")),
            None if explicit => {
                struct_error(format!("'{code}' format requires {lo} <= number <= {hi}"))
            }
            None => struct_error("argument out of range"),
        });
    }
    use num_traits::ToPrimitive;
    Ok(if signed {
        n.to_i64().expect("in range") as u64
    } else {
        n.to_u64().expect("in range")
    })
}

fn float_arg(v: &Value) -> PyResult<f64> {
    if weft_runtime::types::float::as_f64(v).is_none()
        && int::as_int(v).is_none()
        && ops::special(v, "__float__")?.is_none()
        && ops::special(v, "__index__")?.is_none()
    {
        return Err(struct_error("required argument is not a float"));
    }
    crate::builtins::float_value_of(v)
}

/// IEEE binary16 bits of `x`, rounded to nearest even (CPython's
/// `PyFloat_Pack2`).
fn half_bits(x: f64) -> PyResult<u64> {
    let sign: u64 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if a == 0.0 {
        return Ok(sign);
    }
    // Scale to units of the smallest subnormal (2**-24) or of the exponent's ulp.
    let e = a.log2().floor() as i32;
    let (exp_field, mantissa) = if e < -14 {
        let m = a * 2f64.powi(24);
        (0i32, round_half_even(m))
    } else {
        let m = a / 2f64.powi(e) * 1024.0; // 1024 <= m < 2048
        (e + 15, round_half_even(m))
    };
    let (mut exp_field, mut mantissa) = (exp_field, mantissa);
    if exp_field == 0 && mantissa >= 1024 {
        exp_field = 1;
        mantissa -= 1024;
        return finish_half(sign, exp_field, mantissa);
    }
    if exp_field > 0 {
        if mantissa >= 2048 {
            mantissa /= 2;
            exp_field += 1;
        }
        mantissa -= 1024;
    }
    finish_half(sign, exp_field, mantissa)
}

fn finish_half(sign: u64, exp_field: i32, mantissa: u64) -> PyResult<u64> {
    if exp_field >= 31 {
        return Err(error(
            "OverflowError",
            "float too large to pack with e format",
        ));
    }
    Ok(sign | ((exp_field as u64) << 10) | mantissa)
}

fn round_half_even(m: f64) -> u64 {
    let floor = m.floor();
    let frac = m - floor;
    let mut r = floor as u64;
    if frac > 0.5 || (frac == 0.5 && r % 2 == 1) {
        r += 1;
    }
    r
}

fn half_value(bits: u64) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((bits >> 10) & 0x1f) as i32;
    let mant = (bits & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn pack_values(fmt: &str, values: &[Value]) -> PyResult<Vec<u8>> {
    let (mode, items) = parse(fmt)?;
    let (slots, size) = layout(mode, &items)?;
    if slots.len() != values.len() {
        return Err(struct_error(format!(
            "pack expected {} items for packing (got {})",
            slots.len(),
            values.len()
        )));
    }
    let little = match mode {
        Mode::Native => cfg!(target_endian = "little"),
        Mode::Standard { little } => little,
    };
    let mut out = vec![0u8; size];
    for (&(code, offset, width), v) in slots.iter().zip(values) {
        match code {
            's' | 'p' => {
                let data = byteslike::buffer(v).ok_or_else(|| {
                    struct_error(format!("argument for '{code}' must be a bytes object"))
                })?;
                if code == 's' {
                    let n = data.len().min(width);
                    out[offset..offset + n].copy_from_slice(&data[..n]);
                } else if width > 0 {
                    let n = data.len().min(width - 1).min(255);
                    out[offset] = n as u8;
                    out[offset + 1..offset + 1 + n].copy_from_slice(&data[..n]);
                }
            }
            'c' => match byteslike::buffer(v) {
                Some(b) if b.len() == 1 => out[offset] = b[0],
                _ => {
                    return Err(struct_error(
                        "char format requires a bytes object of length 1",
                    ))
                }
            },
            '?' => out[offset] = u8::from(ops::truthy(v)?),
            'e' => put(&mut out, offset, 2, little, half_bits(float_arg(v)?)?),
            'f' => {
                let x = float_arg(v)?;
                let y = x as f32;
                if y.is_infinite() && x.is_finite() {
                    return Err(error(
                        "OverflowError",
                        "float too large to pack with f format",
                    ));
                }
                put(&mut out, offset, 4, little, u64::from(y.to_bits()));
            }
            'd' => put(&mut out, offset, 8, little, float_arg(v)?.to_bits()),
            code => put(
                &mut out,
                offset,
                width,
                little,
                int_bits(code, width, mode, v)?,
            ),
        }
    }
    Ok(out)
}

fn unpack_values(fmt: &str, data: &[u8]) -> PyResult<Value> {
    let (mode, items) = parse(fmt)?;
    let (slots, size) = layout(mode, &items)?;
    if data.len() != size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {size} bytes"
        )));
    }
    let little = match mode {
        Mode::Native => cfg!(target_endian = "little"),
        Mode::Standard { little } => little,
    };
    let mut out = Vec::with_capacity(slots.len());
    for &(code, offset, width) in &slots {
        let v = match code {
            's' => bytes::bytes_new(data[offset..offset + width].to_vec()),
            'p' => {
                let n = if width == 0 {
                    0
                } else {
                    usize::from(data[offset]).min(width - 1)
                };
                bytes::bytes_new(data[offset + 1..offset + 1 + n].to_vec())
            }
            'c' => bytes::bytes_new(vec![data[offset]]),
            '?' => none_bool::bool_value(data[offset] != 0),
            'e' => {
                weft_runtime::types::float::float_value(half_value(get(data, offset, 2, little)))
            }
            'f' => weft_runtime::types::float::float_value(f64::from(f32::from_bits(get(
                data, offset, 4, little,
            )
                as u32))),
            'd' => weft_runtime::types::float::float_value(f64::from_bits(get(
                data, offset, 8, little,
            ))),
            code => {
                let bits = get(data, offset, width, little);
                if code.is_ascii_lowercase() {
                    let shift = 64 - 8 * width as u32;
                    int::int_from_i64(((bits << shift) as i64) >> shift)
                } else {
                    int::int_from_bigint(num_bigint::BigInt::from(bits))
                }
            }
        };
        out.push(v);
    }
    Ok(tuple::tuple_new(out))
}

fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    byteslike::buffer(v)
        .map(std::borrow::Cow::into_owned)
        .ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                typeobj::type_name_of(v)
            ))
        })
}

fn s_pack(args: Args<'_>) -> PyResult<Value> {
    let Some((fmt, values)) = args.positional.split_first() else {
        return Err(type_error("pack expected at least 1 argument, got 0"));
    };
    Ok(bytes::bytes_new(pack_values(&fmt_arg(fmt)?, values)?))
}

fn s_unpack(args: Args<'_>) -> PyResult<Value> {
    let [fmt, data] = args.positional else {
        return Err(type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.positional.len()
        )));
    };
    unpack_values(&fmt_arg(fmt)?, &buffer_arg(data)?)
}

fn s_unpack_from(args: Args<'_>) -> PyResult<Value> {
    let (fmt, data, offset) = match args.positional {
        [f, d] => (f, d, 0i64),
        [f, d, o] => (
            f,
            d,
            int::as_int(o)
                .and_then(|i| i.to_i64())
                .ok_or_else(|| type_error("offset must be an integer"))?,
        ),
        _ => return Err(type_error("unpack_from() takes 2 or 3 arguments")),
    };
    let fmt = fmt_arg(fmt)?;
    let data = buffer_arg(data)?;
    let (mode, items) = parse(&fmt)?;
    let (_, size) = layout(mode, &items)?;
    let start = if offset < 0 {
        offset + data.len() as i64
    } else {
        offset
    };
    if start < 0 || start as usize + size > data.len() {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {})",
            size as i64 + offset.max(0),
            data.len()
        )));
    }
    unpack_values(&fmt, &data[start as usize..start as usize + size])
}

fn s_iter_unpack(args: Args<'_>) -> PyResult<Value> {
    let [fmt, data] = args.positional else {
        return Err(type_error("iter_unpack expected 2 arguments"));
    };
    let fmt = fmt_arg(fmt)?;
    let data = buffer_arg(data)?;
    let (mode, items) = parse(&fmt)?;
    let (_, size) = layout(mode, &items)?;
    if size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {size} bytes"
        )));
    }
    let parts: PyResult<Vec<Value>> = data
        .chunks(size)
        .map(|chunk| unpack_values(&fmt, chunk))
        .collect();
    ops::iter(&List::new(parts?))
}

fn s_calcsize(args: Args<'_>) -> PyResult<Value> {
    let [fmt] = args.positional else {
        return Err(type_error(format!(
            "calcsize expected 1 argument, got {}",
            args.positional.len()
        )));
    };
    let (mode, items) = parse(&fmt_arg(fmt)?)?;
    let (_, size) = layout(mode, &items)?;
    Ok(int::int_from_i64(size as i64))
}

/// Make the `_struct` module.
pub fn module() -> Value {
    let m = module_with_functions(
        "_struct",
        &[
            ("pack", s_pack),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("iter_unpack", s_iter_unpack),
            ("calcsize", s_calcsize),
        ],
    );
    module_set(&m, "error", error_class().clone());
    m
}
