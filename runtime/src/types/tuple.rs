//! `tuple`: an immutable array of values (payload `Box<[Value]>`).
//!
//! Immutability makes every read lock-free and trivially safe: the items
//! never change after construction, so `as_tuple` hands out a borrowed
//! slice that lives as long as the caller's reference. The empty tuple is
//! one immortal object, as in CPython.
//!
//! `hash` combines the items' hashes (which may raise, e.g. for a list
//! inside) with CPython's xxHash-style `TupleHasher`, so hashes match
//! CPython's whenever the items' do. It is not cached (CPython 3.11 does
//! not cache it either). Equality is item-wise `protocol::eq` (identity
//! first, as CPython's `PyObject_RichCompareBool`); ordering finds the first
//! differing item and compares it with `compare::richcompare`.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::numeric::hash::TupleHasher;
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::GC_TRACKED;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use std::sync::OnceLock;

use super::compare::{richcompare, CompareOp};
use super::sequence::{normalize_index, slice_indices};

/// The payload of a tuple.
pub type TupleItems = Box<[Value]>;

/// The `tuple` type.
pub static TUPLE_TYPE: TypeInfo = TypeInfo {
    hash: Some(tuple_hash),
    eq: Some(tuple_eq_slot),
    traverse: Some(traverse_tuple),
    methods: &TUPLE_METHODS,
    ..TypeInfo::new("tuple", drop_and_free::<TupleItems>)
};

fn tuple_index_method(args: crate::args::Args<'_>) -> PyResult<Value> {
    const M: crate::args::Method = crate::args::Method::positional("tuple", "index", 1, 3);
    let (items, [x, start, stop]) = M.parse(args, as_tuple)?;
    let x = crate::args::required(x);
    let len = items.len();
    let (start, stop) = super::sequence::adjust_range(
        len,
        crate::args::slice_index_or_none(start)?,
        crate::args::slice_index_or_none(stop)?,
    );
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item.is(x) || protocol::eq(item, x)? {
            return Ok(super::int::int_from_i64(i as i64));
        }
    }
    Err(PyErr::new(
        ExcKind::ValueError,
        "tuple.index(x): x not in tuple",
    ))
}

fn tuple_count_method(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (_, [x]) = crate::args::Method::one("tuple", "count").parse(args, as_tuple)?;
    Ok(super::int::int_from_i64(
        tuple_count(&args.positional[0], crate::args::required(x))? as i64,
    ))
}

fn tuple_len_method(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (items, []) = crate::args::Method::wrapper("tuple", "__len__", 0).parse(args, as_tuple)?;
    Ok(super::int::int_from_i64(items.len() as i64))
}

static TUPLE_METHODS: [(&str, crate::types::function::NativeFn); 3] = [
    ("index", tuple_index_method),
    ("count", tuple_count_method),
    ("__len__", tuple_len_method),
];

/// A tuple can be part of a cycle (through a mutable item) but cannot be
/// cleared: the collector breaks such cycles at the mutable object.
///
/// # Safety
/// `obj` is a live `Obj<TupleItems>`.
unsafe fn traverse_tuple(
    obj: *const crate::object::header::ObjHeader,
    visit: &mut dyn FnMut(*const crate::object::header::ObjHeader),
) {
    // SAFETY: the caller's contract.
    let items =
        unsafe { alloc::payload::<TupleItems>(std::ptr::NonNull::new_unchecked(obj as *mut _)) };
    for v in items.iter() {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}

static EMPTY: OnceLock<usize> = OnceLock::new();

/// A tuple of `items`.
pub fn tuple_new(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return empty_tuple();
    }
    let atomic = holds_only_atomic_values(&items);
    let obj = alloc::alloc(&TUPLE_TYPE, items.into_boxed_slice());
    if atomic {
        // SAFETY: the object is fresh and alive.
        let header = unsafe { obj.as_ref() };
        // Only this thread knows the tuple yet.
        header
            .gc_bits()
            .fetch_and(!GC_TRACKED, std::sync::atomic::Ordering::Relaxed);
    }
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// Tuples up to this long are checked for `holds_only_atomic_values`.
const UNTRACK_CHECK_LEN: usize = 16;

/// Whether a short tuple of `items` could never be part of a reference
/// cycle: every item is an int or an object that holds no references (a
/// str, a float) or is such a tuple itself. The collector need not see
/// it, so decrements never make it a candidate (`(dist, node)` pairs in a
/// heap, `(key, value)` pairs). CPython untracks such tuples at their
/// first collection; deciding once, here, costs a look at a few headers.
fn holds_only_atomic_values(items: &[Value]) -> bool {
    items.len() <= UNTRACK_CHECK_LEN
        && items.iter().all(|v| match v.as_object() {
            None => true,
            Some(o) => {
                // SAFETY: `items` holds a reference, so the object is alive.
                let h = unsafe { o.as_ref() };
                let ty = h.type_info();
                ty.traverse.is_none()
                    || (std::ptr::eq(ty, &TUPLE_TYPE)
                        && h.gc_bits().load(std::sync::atomic::Ordering::Relaxed) & GC_TRACKED == 0)
            }
        })
}

/// A tuple of copies of `items`.
pub fn tuple_from_slice(items: &[Value]) -> Value {
    tuple_new(items.to_vec())
}

/// `()`, immortal.
pub fn empty_tuple() -> Value {
    let word = *EMPTY.get_or_init(|| {
        alloc::alloc_immortal(&TUPLE_TYPE, TupleItems::default()).as_ptr() as usize
    });
    // SAFETY: the word is an immortal object's address: its count never
    // changes, so a Value may claim it without taking a reference.
    unsafe { Value::from_raw(word) }
}

/// The items of a tuple, borrowed for as long as `v` is.
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    // SAFETY: objects of `TUPLE_TYPE` are allocated as `Obj<TupleItems>`.
    unsafe { alloc::downcast::<TupleItems>(v, &TUPLE_TYPE) }.map(|t| &t[..])
}

fn expect_tuple(v: &Value) -> &[Value] {
    as_tuple(v).expect("a tuple")
}

/// `len(t)`; `None` if `v` is not a tuple.
pub fn tuple_len(v: &Value) -> Option<usize> {
    as_tuple(v).map(<[Value]>::len)
}

/// `t[i]` (negative `i` counts from the end).
pub fn tuple_getitem(v: &Value, i: i64) -> PyResult<Value> {
    let items = expect_tuple(v);
    normalize_index(i, items.len())
        .map(|j| items[j].clone())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "tuple index out of range"))
}

/// `t[start:stop:step]`.
pub fn tuple_slice(
    v: &Value,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<Value> {
    let items = expect_tuple(v);
    let s = slice_indices(items.len(), start, stop, step)?;
    if s.len == items.len() && s.step == 1 {
        return Ok(v.clone()); // immutable: the whole slice is the tuple itself
    }
    Ok(tuple_new(s.positions().map(|i| items[i].clone()).collect()))
}

/// `a + b` for a tuple `a`.
pub fn tuple_concat(a: &Value, b: &Value) -> PyResult<Value> {
    let x = expect_tuple(a);
    let Some(y) = as_tuple(b) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.type_name()
            ),
        ));
    };
    if y.is_empty() {
        return Ok(a.clone());
    }
    if x.is_empty() {
        return Ok(b.clone());
    }
    Ok(tuple_new(x.iter().chain(y).cloned().collect()))
}

/// `t * n` (`n <= 0` gives `()`).
pub fn tuple_repeat(v: &Value, n: i64) -> PyResult<Value> {
    let items = expect_tuple(v);
    if n <= 0 || items.is_empty() {
        return Ok(empty_tuple());
    }
    if n == 1 {
        return Ok(v.clone());
    }
    // Past this size the allocation would abort the process (Rust aborts
    // on allocation failure); CPython raises MemoryError.
    let max_items =
        crate::numeric::int_ops::MAX_RESULT_BITS / 8 / std::mem::size_of::<Value>() as u64;
    let total = (n as u64)
        .checked_mul(items.len() as u64)
        .filter(|&t| t <= max_items)
        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
    let mut out = Vec::with_capacity(total as usize);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(tuple_new(out))
}

/// `x in t`.
pub fn tuple_contains(v: &Value, x: &Value) -> PyResult<bool> {
    for item in expect_tuple(v) {
        if protocol::eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `t.count(x)`.
pub fn tuple_count(v: &Value, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for item in expect_tuple(v) {
        if protocol::eq(item, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// `t.index(x)` (`ValueError: tuple.index(x): x not in tuple`).
pub fn tuple_index(v: &Value, x: &Value) -> PyResult<usize> {
    for (i, item) in expect_tuple(v).iter().enumerate() {
        if protocol::eq(item, x)? {
            return Ok(i);
        }
    }
    Err(PyErr::new(
        ExcKind::ValueError,
        "tuple.index(x): x not in tuple",
    ))
}

/// `hash(t)`: CPython's tuple hash of the items' hashes.
pub fn tuple_hash(v: &Value) -> PyResult<isize> {
    let mut h = TupleHasher::new();
    for item in expect_tuple(v) {
        h.add(protocol::hash(item)? as i64);
    }
    Ok(h.finish() as isize)
}

/// `a == b` for two tuples.
pub fn tuple_eq(a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = (expect_tuple(a), expect_tuple(b));
    if x.len() != y.len() {
        return Ok(false);
    }
    for (p, q) in x.iter().zip(y) {
        if !protocol::eq(p, q)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn tuple_eq_slot(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if as_tuple(b).is_none() {
        return Ok(None);
    }
    tuple_eq(a, b).map(Some)
}

/// `a <op> b` for two tuples: the first items that differ decide, else
/// the lengths.
pub fn tuple_compare(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let (x, y) = (expect_tuple(a), expect_tuple(b));
    for (p, q) in x.iter().zip(y) {
        if !protocol::eq(p, q)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => richcompare(p, q, op),
            };
        }
    }
    Ok(op.holds(Some(x.len().cmp(&y.len()))))
}

#[cfg(all(test, not(loom)))]
mod tests;
