//! `range(start, stop, step)`: an immutable arithmetic sequence, with O(1)
//! `len`, indexing, slicing and membership for ints. Bounds are 64-bit;
//! ranges past that raise `OverflowError` (CPython allows them but cannot
//! take their `len` either).

use super::iterator::range_iter;
use super::slice::as_slice;
use super::{int, none_bool, typeobj};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::numeric::hash::TupleHasher;
use crate::object::alloc::{self, drop_and_free};
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The payload of a range object: 64-bit bounds (the common case, with
/// O(1) everything and no allocation), or arbitrary ints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Range {
    Small { start: i64, stop: i64, step: i64 },
    Big(Box<BigBounds>),
}

/// The bounds of a range past 64 bits, with its length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigBounds {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

pub static RANGE_TYPE: TypeInfo = TypeInfo {
    hash: Some(range_hash),
    eq: Some(range_eq),
    methods: &[("index", range_index), ("count", range_count)],
    ..TypeInfo::new("range", drop_and_free::<Range>)
};

/// `len(range(start, stop, step))` for any ints (`step != 0`).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

impl Range {
    /// A range from int bounds, small when they allow.
    fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            // Lengths of 64-bit ranges fit u64 except the extremes; keep
            // those big so `len` reports them as CPython does.
            if big_len(&start, &stop, &step).to_i64().is_some() {
                return Range::Small {
                    start: a,
                    stop: b,
                    step: c,
                };
            }
        }
        let len = big_len(&start, &stop, &step);
        Range::Big(Box::new(BigBounds {
            start,
            stop,
            step,
            len,
        }))
    }

    /// `(start, stop, step)` as ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            Range::Small { start, stop, step } => (
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            ),
            Range::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    /// `r.start`, `r.stop`, `r.step` as values.
    pub fn start_value(&self) -> Value {
        int::int_from_bigint(self.bounds().0)
    }
    pub fn stop_value(&self) -> Value {
        int::int_from_bigint(self.bounds().1)
    }
    pub fn step_value(&self) -> Value {
        int::int_from_bigint(self.bounds().2)
    }

    /// The length as an int (any size).
    pub fn big_len(&self) -> BigInt {
        match self {
            Range::Small { .. } => BigInt::from(self.len()),
            Range::Big(b) => b.len.clone(),
        }
    }

    /// `len(r)`, saturating for ranges longer than `usize` (their truth
    /// value is still right); `len_checked` raises as `len()` does.
    pub fn len(&self) -> usize {
        match self {
            Range::Small { start, stop, step } => {
                let (lo, hi, step) = if *step > 0 {
                    (*start as i128, *stop as i128, *step as i128)
                } else {
                    (*stop as i128, *start as i128, -(*step as i128))
                };
                if lo >= hi {
                    0
                } else {
                    usize::try_from((hi - lo - 1) / step + 1).unwrap_or(usize::MAX)
                }
            }
            Range::Big(b) => b.len.to_usize().unwrap_or(usize::MAX),
        }
    }

    /// `len(r)`: `OverflowError` past `sys.maxsize`, as CPython.
    pub fn len_checked(&self) -> PyResult<usize> {
        match self.big_len().to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `x in r` for an int `x`, in O(1).
    pub fn contains_int(&self, x: i64) -> bool {
        match self {
            Range::Small { start, stop, step } => {
                let in_bounds = if *step > 0 {
                    *start <= x && x < *stop
                } else {
                    *stop < x && x <= *start
                };
                in_bounds && (x as i128 - *start as i128) % *step as i128 == 0
            }
            Range::Big(_) => self.position_big(&BigInt::from(x)).is_some(),
        }
    }

    /// The position of the int `x` in the range, if it is there.
    pub fn position_big(&self, x: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = self.bounds();
        let in_bounds = if step.is_positive() {
            &start <= x && x < &stop
        } else {
            &stop < x && x <= &start
        };
        if !in_bounds {
            return None;
        }
        let offset = x - &start;
        (&offset % &step).is_zero().then(|| offset / step)
    }

    /// `r[i]` for `0 <= i < len`.
    fn at_big(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + i * step
    }

    /// `iter(r)`. Items past 64 bits cannot be produced yet: a range that
    /// reaches them raises `OverflowError`, unless they lie more than 2**40
    /// steps away (`for i in range(10**20)` loops as in CPython: no loop
    /// gets that far).
    pub fn iter(&self) -> PyResult<Value> {
        match self {
            Range::Small { start, stop, step } => Ok(range_iter(*start, *stop, *step)),
            Range::Big(b) => {
                let last = if b.len.is_zero() {
                    b.start.clone()
                } else {
                    self.at_big(&(&b.len - 1u32))
                };
                match (b.start.to_i64(), b.step.to_i64()) {
                    (Some(start), Some(step)) => {
                        const UNREACHABLE_STEPS: i128 = 1 << 40;
                        let bound = if step > 0 { i64::MAX } else { i64::MIN };
                        let stop = match last.to_i64().and_then(|l| l.checked_add(step.signum())) {
                            Some(stop) => stop,
                            None if (bound as i128 - start as i128) / step as i128
                                >= UNREACHABLE_STEPS =>
                            {
                                bound
                            }
                            None => {
                                return Err(PyErr::new(
                                    ExcKind::OverflowError,
                                    "Python int too large to convert to C long",
                                ))
                            }
                        };
                        Ok(range_iter(start, stop, step))
                    }
                    _ => Err(PyErr::new(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C long",
                    )),
                }
            }
        }
    }
}

/// The position of `x` in `r`, if it is an int the range yields.
fn position(r: &Range, x: &Value) -> Option<BigInt> {
    if none_bool::as_bool(x).is_none() {
        if let Some(i) = x.as_small_int() {
            if let Range::Small { start, step, .. } = r {
                return r
                    .contains_int(i)
                    .then(|| BigInt::from((i as i128 - *start as i128) / *step as i128));
            }
        }
    }
    let i = int::as_int(x)?;
    r.position_big(&i.to_big())
}

fn range_index(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (r, [x]) = crate::args::Method::one("range", "index").parse(args, as_range)?;
    let x = crate::args::required(x);
    match position(r, x) {
        Some(p) => Ok(int::int_from_bigint(p)),
        None if !int::is_int(x) => {
            // Other values are searched for by equality, as CPython does.
            for (k, item) in iterate_small(r)?.into_iter().enumerate() {
                if crate::protocol::eq(&item, x)? {
                    return Ok(int::int_from_i64(k as i64));
                }
            }
            Err(not_in_range(x))
        }
        None => Err(not_in_range(x)),
    }
}

fn not_in_range(x: &Value) -> PyErr {
    PyErr::new(
        ExcKind::ValueError,
        format!(
            "{} is not in range",
            crate::protocol::repr(x).unwrap_or_default()
        ),
    )
}

/// The items of a range, for the linear searches of non-int values.
fn iterate_small(r: &Range) -> PyResult<Vec<Value>> {
    super::iterator::collect(&r.iter()?)
}

fn range_count(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (r, [x]) = crate::args::Method::one("range", "count").parse(args, as_range)?;
    let x = crate::args::required(x);
    if int::is_int(x) {
        return Ok(int::int_from_i64(i64::from(position(r, x).is_some())));
    }
    let mut n = 0;
    for item in iterate_small(r)? {
        n += i64::from(crate::protocol::eq(&item, x)?);
    }
    Ok(int::int_from_i64(n))
}

/// An argument that must be an int ("'float' object cannot be interpreted
/// as an integer").
fn index_arg(v: &Value) -> PyResult<BigInt> {
    let i = crate::args::index_value(v)?;
    match i.as_ref().and_then(int::as_int) {
        Some(i) => Ok(i.to_big().into_owned()),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                typeobj::type_name_of(v)
            ),
        )),
    }
}

/// `range(*args)` with CPython's argument errors.
pub fn range_new(args: &[Value]) -> PyResult<Value> {
    let small = |v: &Value| v.as_small_int().filter(|_| none_bool::as_bool(v).is_none());
    // The common case: `range(n)` and friends with small ints.
    match args {
        [stop] => {
            if let Some(stop) = small(stop) {
                return Ok(range_value(Range::Small {
                    start: 0,
                    stop,
                    step: 1,
                }));
            }
        }
        [start, stop] => {
            if let (Some(start), Some(stop)) = (small(start), small(stop)) {
                return Ok(range_value(Range::Small {
                    start,
                    stop,
                    step: 1,
                }));
            }
        }
        _ => {}
    }
    let (start, stop, step) = match args {
        [] => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "range expected at least 1 argument, got 0",
            ))
        }
        [stop] => (BigInt::zero(), index_arg(stop)?, BigInt::one()),
        [start, stop] => (index_arg(start)?, index_arg(stop)?, BigInt::one()),
        [start, stop, step] => (index_arg(start)?, index_arg(stop)?, index_arg(step)?),
        more => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("range expected at most 3 arguments, got {}", more.len()),
            ))
        }
    };
    if step.is_zero() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "range() arg 3 must not be zero",
        ));
    }
    Ok(range_value(Range::from_big(start, stop, step)))
}

fn range_value(r: Range) -> Value {
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(alloc::alloc(&RANGE_TYPE, r)) }
}

/// The range behind `v`, if it is one.
pub fn as_range(v: &Value) -> Option<&Range> {
    // SAFETY: objects of `RANGE_TYPE` are allocated as `Obj<Range>`.
    unsafe { alloc::downcast::<Range>(v, &RANGE_TYPE) }
}

/// A slice part as an int (`None` for None).
fn slice_part(v: &Value) -> PyResult<Option<BigInt>> {
    if none_bool::is_none(v) {
        return Ok(None);
    }
    if let Some(i) = int::as_int(v) {
        return Ok(Some(i.to_big().into_owned()));
    }
    match crate::args::subscript_index(v)? {
        Some(i) => Ok(Some(BigInt::from(i))),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// CPython's `_PySlice_GetLongIndices`: `(start, stop, step)` of a slice
/// over `len` items, with ints of any size.
pub fn big_slice_indices(
    s: &super::slice::Slice,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = slice_part(&s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: BigInt| {
        if v.is_negative() {
            let v = v + len;
            if v < lower {
                lower.clone()
            } else {
                v
            }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = match slice_part(&s.start)? {
        Some(v) => clamp(v),
        None if negative => upper.clone(),
        None => lower.clone(),
    };
    let stop = match slice_part(&s.stop)? {
        Some(v) => clamp(v),
        None if negative => lower.clone(),
        None => upper.clone(),
    };
    Ok((start, stop, step))
}

/// `r[key]` for an int or a slice.
pub fn range_getitem(r: &Range, key: &Value) -> PyResult<Value> {
    if let Some(s) = as_slice(key) {
        // CPython's `compute_slice`: the sub-range of positions, mapped.
        let (i, j, k) = big_slice_indices(s, &r.big_len())?;
        let (start, _, step) = r.bounds();
        let sub = Range::from_big(&start + i * &step, &start + j * &step, step * k);
        return Ok(range_value(sub));
    }
    let out_of_range = || PyErr::new(ExcKind::IndexError, "range object index out of range");
    let i = match int::as_int(key) {
        Some(i) => i.to_big().into_owned(),
        None => match crate::args::subscript_index(key)? {
            Some(i) => BigInt::from(i),
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "range indices must be integers or slices, not {}",
                        typeobj::type_name_of(key)
                    ),
                ))
            }
        },
    };
    if let (Range::Small { start, step, .. }, Some(i)) = (r, i.to_i64()) {
        let len = r.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if !(0..len).contains(&j) {
            return Err(out_of_range());
        }
        return Ok(int::int_from_i64(
            (*start as i128 + j as i128 * *step as i128) as i64,
        ));
    }
    let len = r.big_len();
    let j = if i.is_negative() { i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(out_of_range());
    }
    Ok(int::int_from_bigint(r.at_big(&j)))
}

/// `repr(r)`.
pub fn range_repr(r: &Range) -> String {
    let (start, stop, step) = r.bounds();
    if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// Ranges are equal when they are the same sequence (CPython's
/// `range_equals`): same length, and if non-empty the same start, and if
/// longer than one the same step.
fn range_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_range(a), as_range(b)) else {
        return Ok(None);
    };
    let n = x.big_len();
    if n != y.big_len() {
        return Ok(Some(false));
    }
    let ((xs, _, xt), (ys, _, yt)) = (x.bounds(), y.bounds());
    Ok(Some(n.is_zero() || (xs == ys && (n.is_one() || xt == yt))))
}

/// Hash consistent with equality: of `(len, start, step)` with the parts
/// that do not matter replaced by None, as CPython's `range_hash`.
fn range_hash(v: &Value) -> PyResult<isize> {
    let r = as_range(v).expect("hash slot of ranges");
    let n = r.big_len();
    let (start, _, step) = r.bounds();
    let mut h = TupleHasher::new();
    let parts = [
        Some(int::int_from_bigint(n.clone())),
        (!n.is_zero()).then(|| int::int_from_bigint(start)),
        (n > BigInt::one()).then(|| int::int_from_bigint(step)),
    ];
    for p in parts {
        let p = p.unwrap_or_else(none_bool::none);
        h.add(crate::protocol::hash(&p)? as i64);
    }
    Ok(h.finish() as isize)
}

#[cfg(all(test, not(loom)))]
mod tests;
