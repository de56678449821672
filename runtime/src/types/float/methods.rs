//! `float`'s methods as callables.

use num_bigint::BigInt;

use super::{as_f64, float_value};
use crate::args::{Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::function::NativeFn;
use crate::types::{int, none_bool, tuple};
use crate::value::Value;

fn float_is_integer(args: Args<'_>) -> PyResult<Value> {
    let (x, []) = Method::no_args("float", "is_integer").parse(args, as_f64)?;
    Ok(none_bool::bool_value(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(args: Args<'_>) -> PyResult<Value> {
    let (x, []) = Method::no_args("float", "conjugate").parse(args, as_f64)?;
    Ok(float_value(x))
}

/// `x.as_integer_ratio()`: the exact fraction, in lowest terms.
fn float_as_integer_ratio(args: Args<'_>) -> PyResult<Value> {
    let (x, []) = Method::no_args("float", "as_integer_ratio").parse(args, as_f64)?;
    if x.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "cannot convert NaN to integer ratio",
        ));
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exponent == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut e = exponent - 1075;
    let mut m = mantissa;
    while m != 0 && m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let sign = if x.is_sign_negative() { -1 } else { 1 };
    let mut num = BigInt::from(m) * sign;
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(tuple::tuple_new(vec![
        int::int_from_bigint(num),
        int::int_from_bigint(den),
    ]))
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>`, as CPython.
fn float_hex(args: Args<'_>) -> PyResult<Value> {
    let (x, []) = Method::no_args("float", "hex").parse(args, as_f64)?;
    let text = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x < 0.0 { "-inf" } else { "inf" }.to_string()
    } else if x == 0.0 {
        if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_string()
    } else {
        let bits = x.to_bits();
        let sign = if x.is_sign_negative() { "-" } else { "" };
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        let (lead, exp) = if exponent == 0 {
            (0, -1022)
        } else {
            (1, exponent - 1023)
        };
        format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
    };
    Ok(crate::types::str::str_from_string(text))
}

fn float_trunc(args: Args<'_>) -> PyResult<Value> {
    let (x, []) = Method::wrapper("float", "__trunc__", 0).parse(args, as_f64)?;
    if !x.is_finite() {
        let msg = if x.is_nan() {
            "cannot convert float NaN to integer"
        } else {
            "cannot convert float infinity to integer"
        };
        let kind = if x.is_nan() {
            ExcKind::ValueError
        } else {
            ExcKind::OverflowError
        };
        return Err(PyErr::new(kind, msg));
    }
    use num_traits::FromPrimitive;
    Ok(int::int_from_bigint(
        BigInt::from_f64(x.trunc()).expect("finite"),
    ))
}

/// `float.fromhex(string)` (a class method: looked up on the class, no
/// receiver).
fn float_fromhex(args: Args<'_>) -> PyResult<Value> {
    crate::args::check_positional("fromhex", args.positional.len(), 1, 1)?;
    let text = crate::args::str_arg(&args.positional[0])?;
    crate::numeric::float_fromhex::float_fromhex(text)
        .map(float_value)
        .map_err(int::num_err)
}

/// The methods in `float`'s type dict.
pub static FLOAT_METHODS: [(&str, NativeFn); 7] = [
    ("fromhex", float_fromhex),
    ("is_integer", float_is_integer),
    ("conjugate", float_conjugate),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("__trunc__", float_trunc),
    ("__int__", float_trunc),
];
