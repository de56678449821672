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

/// The payload of a range object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

pub static RANGE_TYPE: TypeInfo = TypeInfo {
    hash: Some(range_hash),
    eq: Some(range_eq),
    methods: &[("index", range_index), ("count", range_count)],
    ..TypeInfo::new("range", drop_and_free::<Range>)
};

/// The position of `x` in `r`, if it is an int the range yields.
fn position(r: &Range, x: &Value) -> Option<i64> {
    let i = x.as_small_int()?;
    r.contains_int(i).then(|| (i - r.start) / r.step)
}

fn range_index(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (r, [x]) = crate::args::Method::one("range", "index").parse(args, as_range)?;
    let x = crate::args::required(x);
    match position(r, x) {
        Some(p) => Ok(super::int::int_from_i64(p)),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            format!("{} is not in range", crate::protocol::repr(x).unwrap_or_default()),
        )),
    }
}

fn range_count(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (r, [x]) = crate::args::Method::one("range", "count").parse(args, as_range)?;
    Ok(super::int::int_from_i64(i64::from(position(r, crate::args::required(x)).is_some())))
}

/// An argument that must be an int or have `__index__` ("'float' object
/// cannot be interpreted as an integer").
fn index_arg(v: &Value) -> PyResult<i64> {
    let index = crate::args::index_value(v)?;
    match index.as_ref().and_then(int::as_int) {
        Some(int::IntRef::Small(i)) => Ok(i),
        Some(int::IntRef::Big(_)) => {
            Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"))
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object cannot be interpreted as an integer", typeobj::type_name_of(v)),
        )),
    }
}

/// `range(*args)` with CPython's argument errors.
pub fn range_new(args: &[Value]) -> PyResult<Value> {
    let (start, stop, step) = match args {
        [] => return Err(PyErr::new(ExcKind::TypeError, "range expected at least 1 argument, got 0")),
        [stop] => (0, index_arg(stop)?, 1),
        [start, stop] => (index_arg(start)?, index_arg(stop)?, 1),
        [start, stop, step] => (index_arg(start)?, index_arg(stop)?, index_arg(step)?),
        more => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("range expected at most 3 arguments, got {}", more.len()),
            ))
        }
    };
    if step == 0 {
        return Err(PyErr::new(ExcKind::ValueError, "range() arg 3 must not be zero"));
    }
    Ok(range_value(Range { start, stop, step }))
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

impl Range {
    /// `len(r)`.
    pub fn len(&self) -> usize {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as usize
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `r[i]` for a position already in range.
    fn at(&self, i: usize) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }

    /// `x in r` for an int `x`, in O(1).
    pub fn contains_int(&self, x: i64) -> bool {
        let in_bounds = if self.step > 0 { self.start <= x && x < self.stop } else { self.stop < x && x <= self.start };
        in_bounds && (x as i128 - self.start as i128) % self.step as i128 == 0
    }

    /// An iterator over the range.
    pub fn iter(&self) -> Value {
        range_iter(self.start, self.stop, self.step)
    }
}

/// `r[key]` for an int or a slice.
pub fn range_getitem(r: &Range, key: &Value) -> PyResult<Value> {
    if let Some(s) = as_slice(key) {
        let ix = s.indices(r.len())?;
        // The sliced range: r[i] for i = ix.start, ix.start + ix.step, ...
        // (ix.start may be -1 for an empty reversed slice).
        let start_v = r.start as i128 + ix.start as i128 * r.step as i128;
        let step = r.step as i128 * ix.step as i128;
        let stop_v = start_v + step * ix.len as i128;
        let fits = |x: i128| i64::try_from(x).map_err(|_| PyErr::new(ExcKind::OverflowError, "range too large"));
        return Ok(range_value(Range { start: fits(start_v)?, stop: fits(stop_v)?, step: fits(step)? }));
    }
    let index = crate::args::index_value(key)?;
    let i = match index.as_ref().and_then(int::as_int) {
        Some(int::IntRef::Small(i)) => i,
        Some(int::IntRef::Big(_)) => return Err(PyErr::new(ExcKind::IndexError, "range object index out of range")),
        None => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("range indices must be integers or slices, not {}", typeobj::type_name_of(key)),
            ))
        }
    };
    let len = r.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::new(ExcKind::IndexError, "range object index out of range"));
    }
    Ok(int::int_from_i64(r.at(j as usize)))
}

/// `repr(r)`.
pub fn range_repr(r: &Range) -> String {
    if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// Ranges are equal when they are the same sequence (CPython's
/// `range_equals`): same length, and if non-empty the same start, and if
/// longer than one the same step.
fn range_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_range(a), as_range(b)) else { return Ok(None) };
    let n = x.len();
    Ok(Some(n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)))))
}

/// Hash consistent with equality: of `(len, start, step)` with the parts
/// that do not matter replaced by None, as CPython's `range_hash`.
fn range_hash(v: &Value) -> PyResult<isize> {
    let r = as_range(v).expect("hash slot of ranges");
    let n = r.len();
    let mut h = TupleHasher::new();
    let parts = [
        Some(int::int_from_i64(n as i64)),
        (n > 0).then(|| int::int_from_i64(r.start)),
        (n > 1).then(|| int::int_from_i64(r.step)),
    ];
    for p in parts {
        let p = p.unwrap_or_else(none_bool::none);
        h.add(crate::protocol::hash(&p)? as i64);
    }
    Ok(h.finish() as isize)
}

#[cfg(all(test, not(loom)))]
mod tests;
