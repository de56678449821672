//! `complex`: heap objects holding two `f64`s, with CPython 3.11's
//! arithmetic, comparisons, hash and repr.
//!
//! Mixed operands: an int, bool or float next to a complex is converted to
//! `complex(x, 0.0)` first (`OverflowError` for an int beyond the float
//! range), then the complex algorithm of `complex/arith.rs` runs on both,
//! exactly as CPython's `TO_COMPLEX` does: `2.0 * complex(inf, 0)` is
//! `(inf+nanj)`. `int::binary_op` sends any operation with a complex
//! operand here; `//`, `%`, `divmod`, shifts and bitwise operators are
//! unsupported, and so are orderings (`<`), which `compare.rs` reports.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::numeric::float_repr::float_repr_short;
use crate::numeric::hash::hash_float;
use crate::object::alloc::{self, drop_and_free};
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;

use super::float;
use super::int::{self, unsupported, BinOp, Num};

pub mod arith;
mod methods;
pub mod parse;

/// A complex number's parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `complex(x)` for a real `x`: the imaginary part is +0.0.
    pub const fn real(x: f64) -> Complex {
        Complex { re: x, im: 0.0 }
    }
}

/// The `complex` type.
pub static COMPLEX_TYPE: TypeInfo = TypeInfo {
    hash: Some(complex_hash),
    eq: Some(complex_eq),
    methods: &methods::COMPLEX_METHODS,
    ..TypeInfo::new("complex", drop_and_free::<Complex>)
};

/// `_PyHASH_IMAG`: the multiplier of the imaginary part's hash.
const HASH_IMAG: u64 = 1000003;

/// A new complex object.
pub fn complex_value(c: Complex) -> Value {
    let obj = alloc::alloc(&COMPLEX_TYPE, c);
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The parts of a complex object (not of an int or float: see
/// `to_complex`).
#[inline]
pub fn as_complex(v: &Value) -> Option<Complex> {
    let obj = v.as_object()?;
    // SAFETY: `v` holds a reference, so the object is alive.
    if !std::ptr::eq(unsafe { obj.as_ref() }.type_info(), &COMPLEX_TYPE) {
        return None;
    }
    // SAFETY: the type check says it was allocated as `Obj<Complex>`.
    Some(*unsafe { alloc::payload::<Complex>(obj) })
}

/// Whether `v` is a complex number.
#[inline]
pub fn is_complex(v: &Value) -> bool {
    as_complex(v).is_some()
}

/// CPython's `TO_COMPLEX` for an operand: a complex as it is, an int, bool
/// or float as its real part (ints correctly rounded, `OverflowError` past
/// the float range). `None` for other values (NotImplemented).
pub fn to_complex(v: &Value) -> Option<PyResult<Complex>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    int::as_num(v).map(|n| n.to_f64().map(Complex::real))
}

/// Whether `v` is a number the complex operators accept (int, bool, float
/// or complex).
#[inline]
pub fn is_number(v: &Value) -> bool {
    int::as_num(v).is_some() || is_complex(v)
}

/// `repr(c)` / `str(c)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. The parts
/// are float reprs without `.0`; a real part of +0.0 is left out with the
/// parentheses.
pub fn complex_repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", float_repr_short(c.im));
    }
    let im = float_repr_short(c.im);
    // A NaN never shows a sign, so it takes a `+` like positive parts.
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", float_repr_short(c.re))
}

/// `hash(c)`: the real part's hash plus 1000003 times the imaginary part's
/// (wrapping), so `hash(complex(x, 0)) == hash(x)`. A NaN part hashes by
/// the object's identity, as a NaN float does.
fn complex_hash(v: &Value) -> PyResult<isize> {
    let c = as_complex(v).expect("complex_hash is the complex slot");
    let re = hash_float(c.re, v.word()) as u64;
    let im = hash_float(c.im, v.word()) as u64;
    let combined = re.wrapping_add(HASH_IMAG.wrapping_mul(im)) as i64;
    Ok(if combined == -1 { -2 } else { combined } as isize)
}

/// `a == b` where `a` is a complex: exact against ints (`complex(2**53+1)`
/// differs from `2**53+1` because its real part was rounded), NotImplemented
/// for non-numbers. The `eq` slot of complex.
pub fn complex_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let Some(x) = as_complex(a) else {
        return Ok(None);
    };
    Ok(match int::as_num(b) {
        Some(Num::Int(n)) => Some(
            x.im == 0.0
                && int::num_cmp(Num::Float(x.re), Num::Int(n)) == Some(std::cmp::Ordering::Equal),
        ),
        Some(Num::Float(y)) => Some(x.re == y && x.im == 0.0),
        None => as_complex(b).map(|y| x.re == y.re && x.im == y.im),
    })
}

/// `bool(c)`.
pub fn complex_is_true(c: Complex) -> bool {
    c.re != 0.0 || c.im != 0.0
}

/// `-c`.
pub fn complex_neg(c: Complex) -> Value {
    complex_value(Complex::new(-c.re, -c.im))
}

/// `abs(c)`: a float; `OverflowError: absolute value too large` when the
/// magnitude of finite parts overflows.
pub fn complex_abs(c: Complex) -> PyResult<Value> {
    match arith::abs(c) {
        Some(r) => Ok(float::float_value(r)),
        None => Err(PyErr::new(
            ExcKind::OverflowError,
            "absolute value too large",
        )),
    }
}

/// `a ** b` for complex operands (CPython's `complex_pow`).
pub fn complex_pow(a: Complex, b: Complex) -> PyResult<Value> {
    match arith::pow(a, b) {
        Ok(r) => Ok(complex_value(r)),
        Err(arith::PowError::ZeroToNegative) => Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "0.0 to a negative or complex power",
        )),
        Err(arith::PowError::Overflow) => {
            Err(PyErr::new(ExcKind::OverflowError, "complex exponentiation"))
        }
    }
}

/// `a <op> b` where at least one operand is a complex. Non-numbers and the
/// operators complex lacks give CPython's "unsupported operand" TypeError.
pub fn complex_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return Err(unsupported(op.symbol(), a, b));
    }
    let (Some(x), Some(y)) = (to_complex(a), to_complex(b)) else {
        return Err(unsupported(op.symbol(), a, b));
    };
    let (x, y) = (x?, y?);
    Ok(complex_value(match op {
        BinOp::Add => arith::sum(x, y),
        BinOp::Sub => arith::diff(x, y),
        BinOp::Mul => arith::prod(x, y),
        BinOp::TrueDiv => arith::quot(x, y)
            .ok_or_else(|| PyErr::new(ExcKind::ZeroDivisionError, "complex division by zero"))?,
        BinOp::Pow => return complex_pow(x, y),
        _ => return Err(unsupported(op.symbol(), a, b)),
    }))
}

/// `complex(s)` for a string: `ValueError` with CPython's messages.
pub fn complex_parse(s: &str) -> PyResult<Complex> {
    parse::parse_complex(s).map_err(|e| PyErr::new(ExcKind::ValueError, e.message()))
}

#[cfg(all(test, not(loom)))]
mod tests;
