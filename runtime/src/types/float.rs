//! `float`: heap objects holding an `f64`, and float arithmetic with
//! CPython 3.11's results and messages.
//!
//! The numeric entry points (`int::binary_op`, `int::divmod`, `int::pow`,
//! the unary operators and comparisons) accept floats and mixed int/float
//! operands; when either operand is a float they convert both to float
//! (raising `OverflowError` for an int beyond the float range, before any
//! operation, as CPython) and land in `float_binary` here.
//!
//! The f64-level functions (`float_div`, `float_floordiv`, `float_mod`,
//! `float_divmod`, `float_pow`) follow CPython's `floatobject.c`: the sign
//! of a zero remainder follows the divisor, floor division rounds the exact
//! quotient, and `**` has C99's special cases plus Python's errors. A
//! negative base with a non-integral exponent gives a complex number, as
//! CPython's `float_pow` hands that case to `complex.__pow__`.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::numeric::float_repr;
use crate::numeric::hash::hash_float;
use crate::object::alloc::{self, drop_and_free, Recycled};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;

use super::complex::{self, Complex};
use super::int::{self, unsupported, BinOp, Num};

/// The `float` type.
pub static FLOAT_TYPE: TypeInfo = TypeInfo {
    hash: Some(float_hash),
    eq: Some(int::numeric_eq),
    methods: &methods::FLOAT_METHODS,
    leaf: true,
    recycles_memory: true,
    ..TypeInfo::new("float", float_dealloc)
};

thread_local! {
    /// Memory of this thread's dead floats, reused by its next ones:
    /// float arithmetic makes and drops one object per operation.
    static RECYCLED: Recycled<f64> = const { Recycled::new() };
}

/// A new float object.
#[inline]
pub fn float_value(x: f64) -> Value {
    let obj = RECYCLED
        .try_with(|r| r.take(&FLOAT_TYPE, x))
        .ok()
        .flatten()
        .unwrap_or_else(|| alloc::alloc(&FLOAT_TYPE, x));
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// # Safety
/// As `TypeInfo::dealloc`: `obj` is a dead float, deallocated once.
unsafe fn float_dealloc(obj: *mut ObjHeader) {
    // SAFETY: the caller's contract.
    let kept = RECYCLED.try_with(|r| unsafe { r.give(obj) });
    if kept.is_err() {
        // Thread exiting: its stock is gone.
        // SAFETY: the caller's contract.
        unsafe { drop_and_free::<f64>(obj) };
    }
}

/// Give the float `v` refers to the value `x` in place, if `v` is its one
/// reference and nothing else can see it (`is_sole_private_reference`):
/// an arithmetic result then reuses the float its destination register was
/// about to drop, with no allocation and no deallocation (CPython reuses a
/// float operand whose count is one, to the same end). False, changing
/// nothing, for anything else.
#[inline]
pub fn set_if_sole(v: &Value, x: f64) -> bool {
    let Some(obj) = v.as_object() else {
        return false;
    };
    // SAFETY: `v` holds a reference, so the object is alive.
    let is_float = std::ptr::eq(unsafe { obj.as_ref() }.type_info(), &FLOAT_TYPE);
    if !is_float || !crate::object::refcount::value_is_sole_private(v) {
        return false;
    }
    // SAFETY: a float is an `Obj<f64>`; `v` is its only reference and no
    // other thread can reach it, so no reference to the payload exists
    // anywhere and nobody can observe the change but through `v`.
    unsafe { (&raw mut (*obj.cast::<alloc::Obj<f64>>().as_ptr()).payload).write(x) };
    true
}

/// The value of a float object (not of an int: see `to_f64`).
#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    let obj = v.as_object()?;
    // SAFETY: `v` holds a reference, so the object is alive.
    if !std::ptr::eq(unsafe { obj.as_ref() }.type_info(), &FLOAT_TYPE) {
        return None;
    }
    // SAFETY: the type check says it was allocated as `Obj<f64>`.
    Some(*unsafe { alloc::payload::<f64>(obj) })
}

/// `float(v)` for a number: floats as they are, ints correctly rounded
/// (`OverflowError: int too large to convert to float`), bools as 0.0/1.0.
/// `TypeError: must be real number, not str` otherwise.
pub fn to_f64(v: &Value) -> PyResult<f64> {
    match int::as_num(v) {
        Some(n) => n.to_f64(),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("must be real number, not {}", v.type_name()),
        )),
    }
}

/// `repr(x)` / `str(x)`.
pub fn float_repr(x: f64) -> String {
    float_repr::float_repr(x)
}

/// `hash(x)`: equal to the hash of an equal int; a NaN hashes by identity.
fn float_hash(v: &Value) -> PyResult<isize> {
    let x = as_f64(v).expect("float_hash is the float slot");
    Ok(hash_float(x, v.word()) as isize)
}

fn zero_div(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, msg)
}

/// `x / y`.
pub fn float_div(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(x / y)
}

/// `x % y`: the result has the sign of `y` (a zero result too).
pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_div("float modulo"));
    }
    Ok(mod_nonzero(x, y))
}

fn mod_nonzero(x: f64, y: f64) -> f64 {
    let m = x % y; // C's fmod: exact
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// `x // y`.
pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(divmod_nonzero(x, y).0)
}

/// `divmod(x, y)`.
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    Ok(divmod_nonzero(x, y))
}

/// CPython's `_float_div_mod`.
fn divmod_nonzero(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    // (vx - m) is a multiple of wx within rounding: the division is close
    // to an integer, which the rounding below snaps to.
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    // NaN for infinities, so false.
    (x % 2.0).abs() == 1.0
}

/// `x ** y` (CPython's `float_pow`): a float, or a complex for a negative
/// base and a non-integral exponent.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<Value> {
    if iv < 0.0 && iv.is_finite() && iw.is_finite() && iw != iw.floor() {
        return complex::complex_pow(Complex::real(iv), Complex::real(iw));
    }
    real_pow(iv, iw).map(float_value)
}

/// `x ** y` for the operands whose power is real.
fn real_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0); // even for a NaN base
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        // The exponent is integral here: `float_pow` sent the rest to complex.
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // Rust's powf is the C library's pow, as CPython's.
    let r = base.powf(iw);
    if r.is_infinite() {
        // Finite operands overflowed: C sets errno to ERANGE.
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}

/// `a <op> b` where at least one operand is a float and both are numbers
/// (`x`, `y` are `a`, `b` read as numbers). Called by `int::binary_op`.
pub fn float_binary(op: BinOp, a: &Value, b: &Value, x: Num<'_>, y: Num<'_>) -> PyResult<Value> {
    // Which operators floats support is decided before any conversion.
    if matches!(
        op,
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
    ) {
        return Err(unsupported(op.symbol(), a, b));
    }
    let (x, y) = (x.to_f64()?, y.to_f64()?);
    if op == BinOp::Pow {
        return float_pow(x, y);
    }
    Ok(float_value(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => float_div(x, y)?,
        BinOp::FloorDiv => float_floordiv(x, y)?,
        BinOp::Mod => float_mod(x, y)?,
        BinOp::Pow | BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor => {
            unreachable!("handled above")
        }
    }))
}

mod methods;

#[cfg(all(test, not(loom)))]
mod tests;
