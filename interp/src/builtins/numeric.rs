//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `bin`, `oct`, `hex`.

use weft_runtime::numeric::int_format::int_to_prefixed;
use weft_runtime::types::int::BinOp;
use weft_runtime::types::{complex, float, int, none_bool, tuple, typeobj};
use weft_runtime::{Args, PyResult, Value};

use super::functions::{between, exact};
use crate::vm::errors::{error, type_error};
use crate::vm::ops;

pub fn abs(args: Args<'_>) -> PyResult<Value> {
    let a = exact("abs", &args, 1)?;
    let base = ops::base_of(&a[0], "__abs__");
    let v = base.as_ref().unwrap_or(&a[0]);
    if int::as_int(v).is_some() {
        return int::abs(v);
    }
    if let Some(x) = float::as_f64(v) {
        return Ok(float::float_value(x.abs()));
    }
    if let Some(c) = complex::as_complex(v) {
        return complex::complex_abs(c);
    }
    match ops::call_special(v, "__abs__", &[])? {
        Some(r) if ops::is_user(v) => Ok(r),
        _ => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            typeobj::type_name_of(v)
        ))),
    }
}

pub fn divmod(args: Args<'_>) -> PyResult<Value> {
    let a = exact("divmod", &args, 2)?;
    // Subclasses of int and float without their own `__divmod__`.
    let (bx, by) = (
        ops::base_of(&a[0], "__divmod__"),
        ops::base_of(&a[1], "__rdivmod__"),
    );
    let (x, y) = (bx.as_ref().unwrap_or(&a[0]), by.as_ref().unwrap_or(&a[1]));
    if int::as_int(x).is_some() && int::as_int(y).is_some() {
        return int::divmod(x, y);
    }
    if int::as_num(x).is_some() && int::as_num(y).is_some() {
        let (p, q) = (
            int::as_num(x).expect("num").to_f64()?,
            int::as_num(y).expect("num").to_f64()?,
        );
        let (d, m) = float::float_divmod(p, q)?;
        return Ok(tuple::tuple_new(vec![
            float::float_value(d),
            float::float_value(m),
        ]));
    }
    if let Some(r) = ops::call_special(x, "__divmod__", std::slice::from_ref(y))?
        .filter(|r| !typeobj::is_not_implemented(r))
    {
        return Ok(r);
    }
    if let Some(r) = ops::call_special(y, "__rdivmod__", std::slice::from_ref(x))?
        .filter(|r| !typeobj::is_not_implemented(r))
    {
        return Ok(r);
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        typeobj::type_name_of(x),
        typeobj::type_name_of(y)
    )))
}

pub fn pow(args: Args<'_>) -> PyResult<Value> {
    let mut a: Vec<Value> = args.positional.to_vec();
    for (k, v) in args.keywords {
        match weft_runtime::types::str::as_str(k) {
            Some("base") => a.insert(0, v.clone()),
            Some("exp") => a.push(v.clone()),
            Some("mod") => a.push(v.clone()),
            _ => return Err(type_error("pow() got an unexpected keyword argument")),
        }
    }
    // Argument Clinic's wording for the required parameters.
    match a.len() {
        0 => return Err(type_error("pow() missing required argument 'base' (pos 1)")),
        1 => return Err(type_error("pow() missing required argument 'exp' (pos 2)")),
        _ => weft_runtime::args::check_positional("pow", a.len(), 2, 3)?,
    }
    if a.len() == 3 {
        // Subclasses of the number types without their own `__pow__`.
        for (v, name) in a.iter_mut().zip(["__pow__", "__rpow__", "__pow__"]) {
            if let Some(b) = ops::base_of(v, name) {
                *v = b;
            }
        }
    }
    match a.get(2).filter(|m| !none_bool::is_none(m)) {
        Some(m) => {
            // Numbers: int::pow computes or gives the error of the right type.
            if [&a[0], &a[1], m].iter().all(|v| complex::is_number(v)) {
                return int::pow(&a[0], &a[1], Some(m));
            }
            Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ))
        }
        None => ops::binary(BinOp::Pow, &a[0], &a[1]),
    }
}

fn index(v: &Value) -> PyResult<Value> {
    if int::as_int(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(r) = ops::call_special(v, "__index__", &[])?.filter(|_| ops::is_user(v)) {
        return Ok(r);
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        typeobj::type_name_of(v)
    )))
}

fn radix(name: &str, args: Args<'_>, base: u32) -> PyResult<Value> {
    let a = exact(name, &args, 1)?;
    let v = index(&a[0])?;
    let n = int::as_int(&v).expect("an int").to_big().into_owned();
    Ok(weft_runtime::types::str::str_from_string(int_to_prefixed(
        &n, base,
    )))
}

pub fn bin(args: Args<'_>) -> PyResult<Value> {
    radix("bin", args, 2)
}
pub fn oct(args: Args<'_>) -> PyResult<Value> {
    radix("oct", args, 8)
}
pub fn hex(args: Args<'_>) -> PyResult<Value> {
    radix("hex", args, 16)
}

/// `round(x, digits)`: correctly rounded, half to even on the exact binary
/// value (Rust's `{:.N}` formatting rounds as CPython's dtoa does).
fn round_float(x: f64, digits: i64) -> f64 {
    if !x.is_finite() || digits > 323 {
        return x;
    }
    if digits >= 0 {
        return format!("{:.*}", digits as usize, x).parse().unwrap_or(x);
    }
    if digits < -308 {
        return 0.0 * x;
    }
    let scale = 10f64.powi((-digits) as i32);
    let y = x / scale;
    let r = if (y - y.trunc()).abs() == 0.5 {
        (y / 2.0).round() * 2.0
    } else {
        y.round()
    };
    r * scale
}

/// `round(v, -digits)` for an int: the nearest multiple of `10**digits`,
/// ties to the even multiple (CPython's `long_round`).
fn round_int_half_even(v: &num_bigint::BigInt, digits: u64) -> num_bigint::BigInt {
    use num_traits::{Signed, Zero};
    // 10**digits past every digit of `v` rounds it to 0 (and `pow` of a
    // huge exponent would never finish).
    if digits as f64 > v.bits() as f64 * std::f64::consts::LOG10_2 + 1.0 {
        return num_bigint::BigInt::zero();
    }
    let p = num_bigint::BigInt::from(10).pow(digits as u32);
    let (mut q, mut r) = (v / &p, v % &p);
    if r.is_negative() {
        q -= 1;
        r += &p;
    }
    let twice: num_bigint::BigInt = r * 2;
    if twice > p || (twice == p && !(&q % 2u32).is_zero()) {
        q += 1;
    }
    q * p
}

pub fn round(args: Args<'_>) -> PyResult<Value> {
    let mut a: Vec<Value> = args.positional.to_vec();
    for (k, v) in args.keywords {
        match weft_runtime::types::str::as_str(k) {
            Some("number") => a.insert(0, v.clone()),
            Some("ndigits") => a.push(v.clone()),
            _ => return Err(type_error("round() got an unexpected keyword argument")),
        }
    }
    if a.is_empty() {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    }
    let mut a = between("round", &Args::positional(&a), 1, 2)?.to_vec();
    if let Some(b) = ops::base_of(&a[0], "__round__") {
        a[0] = b;
    }
    let v = &a[0];
    let digits = a.get(1).filter(|d| !none_bool::is_none(d));
    if let Some(x) = float::as_f64(v) {
        return match digits {
            None => {
                if x.is_nan() {
                    return Err(error("ValueError", "cannot convert float NaN to integer"));
                }
                if x.is_infinite() {
                    return Err(error(
                        "OverflowError",
                        "cannot convert float infinity to integer",
                    ));
                }
                let r = x.round();
                let r = if (x - x.trunc()).abs() == 0.5 {
                    (x / 2.0).round() * 2.0
                } else {
                    r
                };
                let args = [float::float_value(r)];
                super::construct::construct(
                    &typeobj::builtin_type(&int::INT_TYPE),
                    Args::positional(&args),
                )
                .expect("int is constructible")
            }
            Some(d) => {
                let n = int::as_int(d).and_then(|i| i.to_i64()).ok_or_else(|| {
                    type_error("'float' object cannot be interpreted as an integer")
                })?;
                Ok(float::float_value(round_float(x, n)))
            }
        };
    }
    if int::as_int(v).is_some() {
        return match digits {
            None => Ok(int::int_from_bigint(
                int::as_int(v).expect("int").to_big().into_owned(),
            )),
            Some(d) => {
                let n = int::as_int(d).and_then(|i| i.to_i64()).unwrap_or(0);
                if n >= 0 {
                    return Ok(v.clone());
                }
                Ok(int::int_from_bigint(round_int_half_even(
                    &int::as_int(v).expect("int").to_big(),
                    n.unsigned_abs(),
                )))
            }
        };
    }
    let extra: Vec<Value> = digits.cloned().into_iter().collect();
    match ops::call_special(v, "__round__", &extra)?.filter(|_| ops::is_user(v)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            typeobj::type_name_of(v)
        ))),
    }
}
