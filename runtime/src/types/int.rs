//! `int`: inline small ints and heap big ints, and the numeric entry points
//! (`binary_op`, `divmod`, `pow`, the unary operators, comparisons) shared
//! by `int`, `bool` and `float`.
//!
//! Representation: an int in `Value::MIN_SMALL..=Value::MAX_SMALL` is always
//! inline; a heap int (`Obj<BigInt>`) always holds a value outside that range
//! (`int_from_bigint` normalizes). So two ints are equal only if both are
//! inline or both are heap, which lets dict probing skip `==` between an
//! inline and a heap int.
//!
//! Arithmetic takes the inline fast path first (the `numeric::int_ops` i64
//! functions, which report overflow), then redoes the operation on big ints.
//! The rules and messages are `numeric::int_ops`'s (CPython 3.11).
//!
//! Mixed operands: `binary_op` accepts any pair of numbers (int, bool,
//! float, complex). Two ints (a bool counts as 0 or 1) give an int (or a
//! float for `/` and negative powers); an operation with a complex goes to
//! `complex.rs`; otherwise both are converted to float first, as CPython's
//! `float` methods do, and `float.rs` computes the result. Bitwise
//! ops on two bools give a bool, as `bool.__and__` does.
//!
//! Comparisons between ints and floats are exact (`2**53 + 1 > 2.0**53`),
//! as CPython's `float_richcompare`.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::numeric::hash::{hash_i64, hash_int};
use crate::numeric::int_ops::{self, PowResult};
use crate::numeric::{int_format, int_parse, NumError};
use crate::object::alloc::{self, drop_and_free};
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

use super::compare::CompareOp;
use super::complex;
use super::float;
use super::none_bool::{self, BOOL_TYPE};

/// The `int` type for heap (big) ints. Inline ints have no object; their
/// equality slot is `types::int_eq_fn`, which is `numeric_eq` too.
pub static INT_TYPE: TypeInfo = TypeInfo {
    hash: Some(int_hash),
    eq: Some(numeric_eq),
    methods: &methods::INT_METHODS,
    leaf: true,
    ..TypeInfo::new("int", drop_and_free::<BigInt>)
};

/// A borrowed integer operand: inline (bools read as 0 and 1) or big.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    /// Always outside the inline range.
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// The value as a big int (a copy only for inline ones).
    pub fn to_big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value if it fits in an i64.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// `float(n)`, correctly rounded; `OverflowError` past the float range.
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(int_ops::i64_to_float(i)),
            IntRef::Big(b) => int_ops::int_to_float(b).map_err(num_err),
        }
    }

    /// `hash(n)`.
    pub fn hash(self) -> i64 {
        match self {
            IntRef::Small(i) => hash_i64(i),
            IntRef::Big(b) => hash_int(b),
        }
    }
}

/// A borrowed number: what `binary_op` and the comparisons accept.
#[derive(Clone, Copy, Debug)]
pub enum Num<'a> {
    Int(IntRef<'a>),
    Float(f64),
}

impl Num<'_> {
    /// The value as a float (ints converted, with `OverflowError`).
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            Num::Int(i) => i.to_f64(),
            Num::Float(x) => Ok(x),
        }
    }
}

/// The integer behind `v` if it is an int or a bool.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    let obj = v.as_object()?;
    // SAFETY: `v` holds a reference, so the object is alive for `'_`.
    let ty = unsafe { obj.as_ref() }.type_info();
    if std::ptr::eq(ty, &INT_TYPE) {
        // SAFETY: the type check says it was allocated as `Obj<BigInt>`.
        Some(IntRef::Big(unsafe { alloc::payload::<BigInt>(obj) }))
    } else if std::ptr::eq(ty, &BOOL_TYPE) {
        none_bool::as_bool(v).map(|b| IntRef::Small(i64::from(b)))
    } else {
        None
    }
}

/// Whether `v` is an int or a bool.
#[inline]
pub fn is_int(v: &Value) -> bool {
    as_int(v).is_some()
}

/// The number behind `v` if it is an int, a bool or a float.
#[inline]
pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match as_int(v) {
        Some(i) => Some(Num::Int(i)),
        None => float::as_f64(v).map(Num::Float),
    }
}

/// The int `i` (inline when it fits).
#[inline]
pub fn int_from_i64(i: i64) -> Value {
    match Value::small_int(i) {
        Some(v) => v,
        None => alloc_big(BigInt::from(i)),
    }
}

/// The int `b`, inline when it fits in the inline range.
pub fn int_from_bigint(b: BigInt) -> Value {
    if let Some(v) = b.to_i64().and_then(Value::small_int) {
        return v;
    }
    alloc_big(b)
}

fn alloc_big(b: BigInt) -> Value {
    debug_assert!(
        b.to_i64().and_then(Value::small_int).is_none(),
        "heap ints lie outside the inline range"
    );
    let obj = alloc::alloc(&INT_TYPE, b);
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The value of an int or bool as a big int (a copy).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(|i| i.to_big().into_owned())
}

/// An int's value as an i64: `OverflowError` if it does not fit, `TypeError`
/// if `v` is not an int (as CPython's `PyLong_AsLong` on an index).
pub fn int_to_i64(v: &Value) -> PyResult<i64> {
    let Some(i) = as_int(v) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ),
        ));
    };
    i.to_i64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C long",
        )
    })
}

/// A `numeric` helper's error as a Python exception.
pub(crate) fn num_err(e: NumError) -> PyErr {
    let kind = match e {
        NumError::ValueError(_) => ExcKind::ValueError,
        NumError::OverflowError(_) => ExcKind::OverflowError,
        NumError::ZeroDivisionError(_) => ExcKind::ZeroDivisionError,
        NumError::MemoryError(_) => ExcKind::MemoryError,
    };
    PyErr::new(kind, e.message())
}

/// `str(n)` / `repr(n)` of an int (a bool reads as 0 or 1, as
/// `int.__repr__(True)`), with the 4300-digit limit.
pub fn int_repr(v: &Value) -> PyResult<String> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i.to_string()),
        Some(IntRef::Big(b)) => int_format::int_to_string(b).map_err(num_err),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '__repr__' requires a 'int' object but received a '{}'",
                v.type_name()
            ),
        )),
    }
}

/// `int(s, base)` (base 0 or 2..=36), with the 4300-digit limit.
pub fn int_parse(s: &str, base: u32) -> PyResult<Value> {
    if base == 10 {
        if let Some(v) = parse_short_decimal(s) {
            return Ok(v);
        }
    }
    int_parse::parse_int(s, base)
        .map(int_from_bigint)
        .map_err(num_err)
}

/// `int(s)` for the common text: an optional sign and at most 18 ASCII
/// digits, nothing else (no spaces or underscores), straight to an inline
/// int; `None` sends anything else to the full parser.
fn parse_short_decimal(s: &str) -> Option<Value> {
    let bytes = s.as_bytes();
    let (negative, digits) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Value::small_int(if negative { -n } else { n })
}

/// `hash(n)` for an int or bool (the `TypeInfo` slot of both).
pub fn int_hash(v: &Value) -> PyResult<isize> {
    let i = as_int(v).expect("int_hash is the slot of int and bool only");
    Ok(i.hash() as isize)
}

/// `a == b` where `a` is a number: `None` (NotImplemented) unless `b` is one
/// too. The `eq` slot of int, bool and float.
pub fn numeric_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    Ok(match (as_num(a), as_num(b)) {
        (Some(x), Some(y)) => Some(num_cmp(x, y) == Some(Ordering::Equal)),
        _ => None,
    })
}

/// The order of two numbers, exact across int and float; `None` if a NaN
/// is involved.
pub fn num_cmp(a: Num<'_>, b: Num<'_>) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(int_cmp(x, y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => int_float_cmp(x, y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(y, x).map(Ordering::reverse),
    }
}

fn int_cmp(a: IntRef<'_>, b: IntRef<'_>) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// `n` against `x`, exactly (CPython's `float_richcompare`).
fn int_float_cmp(n: IntRef<'_>, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    const EXACT: u64 = 1 << 53;
    if let IntRef::Small(i) = n {
        if i.unsigned_abs() <= EXACT {
            // Converts exactly, so the float comparison is exact.
            return (i as f64).partial_cmp(&x);
        }
    }
    // x = t + f with t = trunc(x) an integer and |f| < 1 of x's sign: n
    // against t decides, and on a tie n is below x exactly when f > 0.
    let t = x.trunc();
    let ti = BigInt::from_f64(t).expect("a finite float's integer part converts exactly");
    Some(
        n.to_big()
            .as_ref()
            .cmp(&ti)
            .then_with(|| 0.0f64.partial_cmp(&(x - t)).expect("finite")),
    )
}

/// `a <op> b` for two numbers; `Ok(None)` if either is not a number.
pub fn num_compare(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    let (x, y) = (as_num(a)?, as_num(b)?);
    Some(op.holds(num_cmp(x, y)))
}

/// A binary arithmetic or bitwise operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as CPython's "unsupported operand" message names it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`.
pub fn unsupported(symbol: &str, a: &Value, b: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ),
    )
}

/// `a <op> b` for numbers (int, bool, float in any mix).
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (as_int(a), as_int(b)) {
        (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => {
            if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
                if let (Some(p), Some(q)) = (none_bool::as_bool(a), none_bool::as_bool(b)) {
                    return Ok(none_bool::bool_value(match op {
                        BinOp::And => p & q,
                        BinOp::Or => p | q,
                        _ => p ^ q,
                    }));
                }
            }
            match small_binary(op, x, y)? {
                Some(v) => Ok(v),
                None => big_binary(op, IntRef::Small(x), IntRef::Small(y)),
            }
        }
        (Some(x), Some(y)) => big_binary(op, x, y),
        _ => match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => float::float_binary(op, a, b, x, y),
            _ if complex::is_complex(a) || complex::is_complex(b) => {
                complex::complex_binary(op, a, b)
            }
            _ => Err(unsupported(op.symbol(), a, b)),
        },
    }
}

/// The inline fast path; `Ok(None)` when the result needs big ints.
#[inline]
fn small_binary(op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => int_ops::i64_add(x, y).map(int_from_i64),
        BinOp::Sub => int_ops::i64_sub(x, y).map(int_from_i64),
        BinOp::Mul => int_ops::i64_mul(x, y).map(int_from_i64),
        BinOp::TrueDiv => Some(float::float_value(
            int_ops::i64_true_divide(x, y).map_err(num_err)?,
        )),
        BinOp::FloorDiv => int_ops::i64_floordiv(x, y)
            .map_err(num_err)?
            .map(int_from_i64),
        BinOp::Mod => Some(int_from_i64(int_ops::i64_mod(x, y).map_err(num_err)?)),
        // Negative exponents give floats: the big path does them.
        BinOp::Pow if y >= 0 => int_ops::i64_pow(x, y as u64).map(int_from_i64),
        BinOp::Pow => None,
        BinOp::LShift => int_ops::i64_lshift(x, y)
            .map_err(num_err)?
            .map(int_from_i64),
        BinOp::RShift => Some(int_from_i64(int_ops::i64_rshift(x, y).map_err(num_err)?)),
        // Two's complement bitwise ops on inline values stay inline.
        BinOp::And => Some(int_from_i64(x & y)),
        BinOp::Or => Some(int_from_i64(x | y)),
        BinOp::Xor => Some(int_from_i64(x ^ y)),
    })
}

fn big_binary(op: BinOp, x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Value> {
    let (a, b) = (x.to_big(), y.to_big());
    let (a, b) = (a.as_ref(), b.as_ref());
    Ok(match op {
        BinOp::Add => int_from_bigint(a + b),
        BinOp::Sub => int_from_bigint(a - b),
        BinOp::Mul => {
            if a.bits() + b.bits() > int_ops::MAX_RESULT_BITS {
                return Err(PyErr::new(ExcKind::MemoryError, ""));
            }
            int_from_bigint(a * b)
        }
        BinOp::TrueDiv => float::float_value(int_ops::true_divide(a, b).map_err(num_err)?),
        BinOp::FloorDiv => int_from_bigint(int_ops::floordiv(a, b).map_err(num_err)?),
        BinOp::Mod => int_from_bigint(int_ops::modulo(a, b).map_err(num_err)?),
        BinOp::Pow => pow_result(int_ops::pow(a, b, None).map_err(num_err)?),
        BinOp::LShift => int_from_bigint(int_ops::lshift(a, b).map_err(num_err)?),
        BinOp::RShift => int_from_bigint(int_ops::rshift(a, b).map_err(num_err)?),
        // num-bigint's bitwise ops use two's complement for negatives, as Python.
        BinOp::And => int_from_bigint(a & b),
        BinOp::Or => int_from_bigint(a | b),
        BinOp::Xor => int_from_bigint(a ^ b),
    })
}

fn pow_result(r: PowResult) -> Value {
    match r {
        PowResult::Int(i) => int_from_bigint(i),
        PowResult::Float(x) => float::float_value(x),
    }
}

/// `a + b`.
pub fn add(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Add, a, b)
}

/// `a - b`.
pub fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Sub, a, b)
}

/// `a * b`.
pub fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Mul, a, b)
}

/// `a / b` (always a float).
pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::TrueDiv, a, b)
}

/// `a // b`.
pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::FloorDiv, a, b)
}

/// `a % b`.
pub fn modulo(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Mod, a, b)
}

/// `a << b`.
pub fn lshift(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::LShift, a, b)
}

/// `a >> b`.
pub fn rshift(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::RShift, a, b)
}

/// `a & b`.
pub fn and(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::And, a, b)
}

/// `a | b`.
pub fn or(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Or, a, b)
}

/// `a ^ b`.
pub fn xor(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Xor, a, b)
}

/// `divmod(a, b)` for numbers: a tuple `(a // b, a % b)`.
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let (q, r) = match (as_int(a), as_int(b)) {
        (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => {
            match int_ops::i64_divmod(x, y).map_err(num_err)? {
                Some((q, r)) => (int_from_i64(q), int_from_i64(r)),
                None => big_divmod(IntRef::Small(x), IntRef::Small(y))?,
            }
        }
        (Some(x), Some(y)) => big_divmod(x, y)?,
        _ => match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => {
                let (q, r) = float::float_divmod(x.to_f64()?, y.to_f64()?)?;
                (float::float_value(q), float::float_value(r))
            }
            _ => return Err(unsupported("divmod()", a, b)),
        },
    };
    Ok(super::tuple::tuple_new(vec![q, r]))
}

fn big_divmod(x: IntRef<'_>, y: IntRef<'_>) -> PyResult<(Value, Value)> {
    let (q, r) = int_ops::divmod(&x.to_big(), &y.to_big()).map_err(num_err)?;
    Ok((int_from_bigint(q), int_from_bigint(r)))
}

/// `a ** b`, or `pow(a, b, m)` when `m` is given (and not `None`).
pub fn pow(a: &Value, b: &Value, m: Option<&Value>) -> PyResult<Value> {
    let Some(m) = m.filter(|m| !none_bool::is_none(m)) else {
        return binary_op(BinOp::Pow, a, b);
    };
    match (as_int(a), as_int(b), as_int(m)) {
        (Some(x), Some(y), Some(z)) => Ok(pow_result(
            int_ops::pow(&x.to_big(), &y.to_big(), Some(&z.to_big())).map_err(num_err)?,
        )),
        _ if complex::is_number(a) && complex::is_number(b) && complex::is_number(m) => {
            // The first operand type whose `__pow__` accepts the base and
            // exponent decides: complex's refuses a modulus with ValueError,
            // float's with TypeError (CPython's `ternary_op` order).
            let is_float = |v: &Value| float::as_f64(v).is_some();
            let complex_first = complex::is_complex(a)
                || complex::is_complex(b)
                || (!is_float(a) && !is_float(b) && complex::is_complex(m));
            if complex_first {
                return Err(PyErr::new(ExcKind::ValueError, "complex modulo"));
            }
            Err(PyErr::new(
                ExcKind::TypeError,
                "pow() 3rd argument not allowed unless all arguments are integers",
            ))
        }
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                a.type_name(),
                b.type_name(),
                m.type_name()
            ),
        )),
    }
}

fn bad_unary(what: &str, v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("bad operand type for {what}: '{}'", v.type_name()),
    )
}

/// `-a`.
pub fn neg(a: &Value) -> PyResult<Value> {
    match as_num(a) {
        Some(Num::Int(IntRef::Small(i))) => Ok(int_from_i64(-i)), // -MIN_SMALL fits an i64
        Some(Num::Int(IntRef::Big(b))) => Ok(int_from_bigint(-b)),
        Some(Num::Float(x)) => Ok(float::float_value(-x)),
        None => Err(bad_unary("unary -", a)),
    }
}

/// `+a` (a bool becomes an int).
pub fn pos(a: &Value) -> PyResult<Value> {
    match as_num(a) {
        // Rebuilt so that a bool becomes an int.
        Some(Num::Int(IntRef::Small(i))) => Ok(int_from_i64(i)),
        // Immutable: the same object serves (CPython does the same).
        Some(_) => Ok(a.clone()),
        None => Err(bad_unary("unary +", a)),
    }
}

/// `abs(a)`.
pub fn abs(a: &Value) -> PyResult<Value> {
    match as_num(a) {
        Some(Num::Int(IntRef::Small(i))) => Ok(int_from_i64(i.abs())),
        Some(Num::Int(IntRef::Big(b))) => Ok(int_from_bigint(b.abs())),
        Some(Num::Float(x)) => Ok(float::float_value(x.abs())),
        None => Err(bad_unary("abs()", a)),
    }
}

/// `~a` (ints and bools only; `~True == -2` in 3.11).
pub fn invert(a: &Value) -> PyResult<Value> {
    match as_int(a) {
        Some(IntRef::Small(i)) => Ok(int_from_i64(!i)),
        Some(IntRef::Big(b)) => Ok(int_from_bigint(-b - 1)),
        None => Err(bad_unary("unary ~", a)),
    }
}

/// `bool(a)` for a number.
pub fn num_is_true(n: Num<'_>) -> bool {
    match n {
        Num::Int(IntRef::Small(i)) => i != 0,
        Num::Int(IntRef::Big(b)) => !b.is_zero(),
        Num::Float(x) => x != 0.0,
    }
}

/// `a <op> b` for numbers; `TypeError` for an ordering against a
/// non-number (`==`/`!=` then give False/True).
pub fn compare(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    match num_compare(a, b, op) {
        Some(r) => Ok(r),
        None => match op {
            CompareOp::Eq => Ok(false),
            CompareOp::Ne => Ok(true),
            _ => Err(op.unsupported(a, b)),
        },
    }
}

/// `a < b`.
pub fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    compare(a, b, CompareOp::Lt)
}

/// `a <= b`.
pub fn le(a: &Value, b: &Value) -> PyResult<bool> {
    compare(a, b, CompareOp::Le)
}

/// `a == b`.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    compare(a, b, CompareOp::Eq)
}

/// `a != b`.
pub fn ne(a: &Value, b: &Value) -> PyResult<bool> {
    compare(a, b, CompareOp::Ne)
}

/// `a > b`.
pub fn gt(a: &Value, b: &Value) -> PyResult<bool> {
    compare(a, b, CompareOp::Gt)
}

/// `a >= b`.
pub fn ge(a: &Value, b: &Value) -> PyResult<bool> {
    compare(a, b, CompareOp::Ge)
}

mod methods;

#[cfg(all(test, not(loom)))]
mod tests;
