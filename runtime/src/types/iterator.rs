//! Iterators over the built-in containers, and `iter()`/`next()` on any
//! value (`protocol::iter`, `protocol::next`).
//!
//! One iterator may be shared by threads: each `next` claims a position
//! with an atomic read-modify-write, so every item is returned once and an
//! exhausted iterator stays exhausted. On the `for` loop's path
//! (`next_fast`: range, list and tuple iterators), an iterator that only
//! the caller's one reference reaches and that was never published
//! (`is_sole_private_reference`) claims with a plain load and store. Sequence iterators read the
//! container lock-free by index, as CPython's free-threaded `listiter`
//! does: a list mutated during iteration is seen in some mix of states.
//! Dict and set iterators step through the table's entries under its lock
//! and raise CPython's `RuntimeError` if the size changed meanwhile.

use super::dict::Dict;
use super::set::Set;
use super::{bytearray::ByteArray, bytes, list::List, none_bool, str as pystr, tuple, typeobj};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc;
use crate::object::header::ObjHeader;
use crate::protocol;
use crate::value::Value;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use weft_sync::CriticalSection;

/// Position value of an exhausted iterator. Half the range, not the top:
/// concurrent `next` calls keep incrementing it (a `fetch_add` claims a
/// position before knowing it is past the end), and from `usize::MAX` that
/// would wrap to 0 and restart the iteration.
const DONE: usize = usize::MAX / 2;

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of one iterator.
pub enum Iter {
    /// list, tuple, str, bytes, bytearray: the next index.
    Sequence { seq: Value, pos: AtomicUsize },
    /// dict: the next entry index, and the size when iteration began.
    Dict {
        dict: Value,
        part: DictPart,
        pos: AtomicUsize,
        size: usize,
    },
    /// set: a snapshot of the members in CPython's order, the next index,
    /// and the size when iteration began.
    Set {
        set: Value,
        pos: AtomicUsize,
        size: usize,
        items: Vec<Value>,
    },
    /// range: the first value, the step, how many values, and how many were
    /// claimed (one atomic add per value: a shared iterator still yields
    /// each value once).
    Range {
        start: i64,
        step: i64,
        count: i64,
        claimed: AtomicI64,
    },
}

fn new_iter(state: Iter) -> Value {
    let info = types::type_for(&state);
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(alloc::alloc(info, state)) }
}

/// The iterator state behind `v`, if it is one of ours.
pub fn as_iter(v: &Value) -> Option<&Iter> {
    let obj = v.as_object()?;
    // SAFETY: `v` holds a reference, so the object is alive.
    let info = unsafe { obj.as_ref() }.type_info();
    if !types::is_iterator_type(info) {
        return None;
    }
    // SAFETY: objects of the iterator types are allocated as `Obj<Iter>`.
    unsafe { alloc::downcast::<Iter>(v, info) }
}

/// An iterator over `range(start, stop, step)` (`step != 0`).
pub fn range_iter(start: i64, stop: i64, step: i64) -> Value {
    let span = if step > 0 {
        stop.saturating_sub(start)
    } else {
        start.saturating_sub(stop)
    };
    let count = if span <= 0 {
        0
    } else {
        (span - 1) / step.abs() + 1
    };
    new_iter(Iter::Range {
        start,
        step,
        count,
        claimed: AtomicI64::new(0),
    })
}

/// A dict iterator yielding keys, values or (key, value) tuples.
pub fn dict_iter(dict: &Value, part: DictPart) -> Value {
    let size = Dict::cast(dict).expect("a dict").len();
    new_iter(Iter::Dict {
        dict: dict.clone(),
        part,
        pos: AtomicUsize::new(0),
        size,
    })
}

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<Value> {
    if as_iter(v).is_some() {
        return Ok(v.clone());
    }
    let is_sequence = List::cast(v).is_some()
        || tuple::as_tuple(v).is_some()
        || pystr::as_str(v).is_some()
        || bytes::as_bytes(v).is_some()
        || ByteArray::cast(v).is_some();
    if is_sequence {
        return Ok(new_iter(Iter::Sequence {
            seq: v.clone(),
            pos: AtomicUsize::new(0),
        }));
    }
    if Dict::cast(v).is_some() {
        return Ok(dict_iter(v, DictPart::Keys));
    }
    if let Some(view) = super::dict_views::as_view(v) {
        return Ok(view.iter());
    }
    if let Some(r) = super::range::as_range(v) {
        return r.iter();
    }
    if let Some(s) = Set::cast(v) {
        // Iterated in CPython's order: a snapshot of the members, with the
        // size checked on each step ("Set changed size during iteration").
        let items = s.items();
        return Ok(new_iter(Iter::Set {
            set: v.clone(),
            pos: AtomicUsize::new(0),
            size: items.len(),
            items,
        }));
    }
    let ty = typeobj::type_of(v);
    if let Some(f) = typeobj::lookup(&ty, &pystr::intern("__iter__")) {
        return protocol::call(&typeobj::bind(&f, v, &ty)?, &[]);
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!("'{}' object is not iterable", typeobj::type_name(&ty)),
    ))
}

/// Claim the next position of an iterator's atomic counter: the old value,
/// the counter one past it. Iterator `$it` reachable by this thread's one
/// reference alone (the usual `for` loop's) needs no locked instruction;
/// any other may be shared, and `fetch_add` gives each position once.
macro_rules! claim {
    ($counter:expr, $it:expr) => {{
        let counter = $counter;
        if crate::object::refcount::value_is_sole_private($it) {
            let k = counter.load(Ordering::Relaxed);
            counter.store(k.wrapping_add(1), Ordering::Relaxed);
            k
        } else {
            counter.fetch_add(1, Ordering::Relaxed)
        }
    }};
}

/// `next(it)` for the iterators `for` loops meet most (range, and list or
/// tuple), small enough to inline in the evaluation loop; `None` for any
/// other iterator, which `next` serves.
#[inline]
pub fn next_fast(it: &Value) -> Option<Option<Value>> {
    match as_iter(it)? {
        Iter::Range {
            start,
            step,
            count,
            claimed,
        } => {
            let k = claim!(claimed, it);
            if k >= *count || k < 0 {
                // Exhausted (k < 0: wrapped after 2^63 calls past the end).
                claimed.store(*count, Ordering::Relaxed);
                return Some(None);
            }
            // The value fits an i64, so wrapping arithmetic gives it exactly
            // even where `k * step` alone would overflow.
            Some(Some(super::int::int_from_i64(
                start.wrapping_add(k.wrapping_mul(*step)),
            )))
        }
        Iter::Sequence { seq, pos } => {
            let item = if let Some(l) = List::cast(seq) {
                let i = claim!(pos, it);
                if i >= DONE {
                    return Some(None);
                }
                l.get(i)
            } else if let Some(items) = tuple::as_tuple(seq) {
                let i = claim!(pos, it);
                if i >= DONE {
                    return Some(None);
                }
                items.get(i).cloned()
            } else {
                return None;
            };
            if item.is_none() {
                pos.store(DONE, Ordering::Relaxed); // stay exhausted
            }
            Some(item)
        }
        _ => None,
    }
}

/// `next(it)`: `Ok(None)` when exhausted (StopIteration without a value).
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    let Some(state) = as_iter(it) else {
        let ty = typeobj::type_of(it);
        let Some(f) = typeobj::lookup(&ty, &pystr::intern("__next__")) else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object is not an iterator", typeobj::type_name(&ty)),
            ));
        };
        return match protocol::call(&typeobj::bind(&f, it, &ty)?, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_stop_iteration(&e) => Ok(None),
            Err(e) => Err(e),
        };
    };
    match state {
        Iter::Sequence { seq, pos } => {
            let i = pos.fetch_add(1, Ordering::Relaxed);
            if i >= DONE {
                return Ok(None);
            }
            let item = sequence_item(seq, i)?;
            if item.is_none() {
                pos.store(DONE, Ordering::Relaxed); // stay exhausted
            }
            Ok(item)
        }
        Iter::Range { .. } => Ok(next_fast(it).expect("a range iterator")),
        Iter::Dict {
            dict,
            part,
            pos,
            size,
        } => {
            let d = Dict::cast(dict).expect("a dict");
            let entry = next_table_entry(
                d.header(),
                d.table(),
                pos,
                *size,
                "dictionary changed size during iteration",
            )?;
            Ok(entry.map(|(k, v)| {
                let v = v.expect("dict entries have values");
                match part {
                    DictPart::Keys => k,
                    DictPart::Values => v,
                    DictPart::Items => tuple::tuple_new(vec![k, v]),
                }
            }))
        }
        Iter::Set {
            set,
            pos,
            size,
            items,
        } => {
            let s = Set::cast(set).expect("a set");
            let i = pos.fetch_add(1, Ordering::Relaxed);
            if i >= DONE {
                return Ok(None);
            }
            if s.len() != *size {
                pos.store(DONE, Ordering::Relaxed);
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "Set changed size during iteration",
                ));
            }
            Ok(items.get(i).cloned())
        }
    }
}

/// The next entry of a dict's or set's table after `pos`, under the
/// container's lock; a size different from `size` (the size when iteration
/// began) raises `RuntimeError(changed)` and exhausts the iterator.
fn next_table_entry(
    header: &ObjHeader,
    table: &super::hashtable::HashTable,
    pos: &AtomicUsize,
    size: usize,
    changed: &str,
) -> PyResult<Option<(Value, Option<Value>)>> {
    let _cs = CriticalSection::new(header.lock());
    if table.len() != size {
        pos.store(DONE, Ordering::Relaxed);
        return Err(PyErr::new(ExcKind::RuntimeError, changed));
    }
    let from = pos.load(Ordering::Relaxed);
    if from >= DONE {
        return Ok(None);
    }
    match table.next_entry_locked(from) {
        None => {
            pos.store(DONE, Ordering::Relaxed);
            Ok(None)
        }
        Some((after, k, v)) => {
            pos.store(after, Ordering::Relaxed);
            Ok(Some((k, v)))
        }
    }
}

/// Item `i` of a sequence, `None` past its end.
fn sequence_item(seq: &Value, i: usize) -> PyResult<Option<Value>> {
    if let Some(l) = List::cast(seq) {
        return Ok(l.get(i));
    }
    if let Some(items) = tuple::as_tuple(seq) {
        return Ok(items.get(i).cloned());
    }
    if let Some(n) = pystr::str_len(seq) {
        return if i < n {
            pystr::getitem(seq, i as i64).map(Some)
        } else {
            Ok(None)
        };
    }
    if let Some(b) = bytes::as_bytes(seq) {
        return Ok(b
            .get(i)
            .map(|&x| Value::small_int(i64::from(x)).expect("a byte fits")));
    }
    if let Some(b) = ByteArray::cast(seq) {
        return Ok(if i < b.len() {
            b.get(i)
                .ok()
                .map(|x| Value::small_int(i64::from(x)).expect("a byte fits"))
        } else {
            None
        });
    }
    unreachable!("sequence iterators are made for sequences only")
}

/// Whether an error is a `StopIteration` (lazy or an object).
pub fn is_stop_iteration(e: &PyErr) -> bool {
    match e {
        PyErr::Lazy(l) => l.kind == ExcKind::StopIteration,
        PyErr::Object(v) => {
            super::exception::matches(v, &super::exception::class_of_kind(ExcKind::StopIteration))
        }
    }
}

/// Collect an iterable into a vector (`list(v)`).
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// # Safety
/// `obj` is a live `Obj<Iter>`.
unsafe fn traverse_iter(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let it =
        unsafe { alloc::payload::<Iter>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader)) };
    let inner = match it {
        Iter::Sequence { seq, .. } => Some(seq),
        Iter::Dict { dict, .. } => Some(dict),
        Iter::Set { set, items, .. } => {
            for item in items {
                if let Some(o) = item.as_object() {
                    visit(o.as_ptr());
                }
            }
            Some(set)
        }
        Iter::Range { .. } => None,
    };
    if let Some(o) = inner.and_then(Value::as_object) {
        visit(o.as_ptr());
    }
}

/// `next(it, default)`-style helper for callers that want None on the end.
pub fn next_or_none(it: &Value) -> PyResult<Value> {
    Ok(next(it)?.unwrap_or_else(none_bool::none))
}

mod types;
pub use types::ITERATOR_TYPES;

#[cfg(all(test, not(loom)))]
mod tests;
