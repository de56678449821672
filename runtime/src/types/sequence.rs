//! Index and slice arithmetic shared by the immutable sequences (`str`,
//! `tuple`, `bytes`): CPython's `PySlice_AdjustIndices` and the negative
//! index rule. Indices arrive as `i64` (the interpreter clamps huge ints to
//! that range, as `PySlice_Unpack` clamps to `Py_ssize_t`).

use crate::error::{ExcKind, PyErr, PyResult};

/// A resolved slice: `len` items starting at `start`, `step` apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    /// The clamped stop, as `slice.indices()` reports it.
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The positions the slice selects, in order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len as i64).map(move |k| (self.start + k * self.step) as usize)
    }
}

/// `seq[start:stop:step]` positions for a sequence of `len` items.
/// `ValueError: slice step cannot be zero`.
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<SliceIndices> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    // Avoid -step overflowing, as CPython does.
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = start.map_or(if step < 0 { upper } else { lower }, clamp);
    let stop = stop.map_or(if step < 0 { lower } else { upper }, clamp);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: n as usize,
    })
}

/// `seq[i]` position: negative indices count from the end; `None` if out
/// of range.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// `start`/`end` arguments of `find`, `count`, `startswith`...: CPython's
/// `ADJUST_INDICES`. `end` is clamped into `0..=len`; `start` only below
/// (it may exceed `len`, which callers treat as "no match").
pub fn adjust_range(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len_i = len as i64;
    let fix = |v: i64| if v < 0 { (v + len_i).max(0) } else { v };
    let end = end.map_or(len_i, |e| fix(e).min(len_i));
    let start = start.map_or(0, fix);
    (start as usize, end as usize)
}

#[cfg(all(test, not(loom)))]
mod tests;
