//! The Python types of the runtime's iterators: one per kind, named as
//! CPython names them (`list_iterator`, `dict_keyiterator`...), all with
//! the `Iter` layout and the methods `__next__` and `__iter__`.

use super::{next, traverse_iter, DictPart, Iter};
use crate::args::{Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::drop_and_free;
use crate::object::typeinfo::TypeInfo;
use crate::types::function::NativeFn;
use crate::types::{bytearray::ByteArray, bytes, list::List, str as pystr, tuple};
use crate::value::Value;

const fn iterator_type(name: &'static str) -> TypeInfo {
    TypeInfo {
        traverse: Some(traverse_iter),
        methods: ITERATOR_METHODS,
        ..TypeInfo::new(name, drop_and_free::<Iter>)
    }
}

/// Every iterator type, in the order of `Kind`.
pub static ITERATOR_TYPES: [TypeInfo; 12] = [
    iterator_type("list_iterator"),
    iterator_type("tuple_iterator"),
    iterator_type("str_ascii_iterator"),
    iterator_type("str_iterator"),
    iterator_type("bytes_iterator"),
    iterator_type("bytearray_iterator"),
    iterator_type("dict_keyiterator"),
    iterator_type("dict_valueiterator"),
    iterator_type("dict_itemiterator"),
    iterator_type("set_iterator"),
    iterator_type("range_iterator"),
    // Sequences of other kinds (none yet).
    iterator_type("iterator"),
];

/// The type of a new iterator over `state`.
pub(super) fn type_for(state: &Iter) -> &'static TypeInfo {
    let index = match state {
        Iter::Sequence { seq, .. } => {
            if List::cast(seq).is_some() {
                0
            } else if tuple::as_tuple(seq).is_some() {
                1
            } else if let Some(s) = pystr::as_str(seq) {
                if s.is_ascii() {
                    2
                } else {
                    3
                }
            } else if bytes::as_bytes(seq).is_some() {
                4
            } else if ByteArray::cast(seq).is_some() {
                5
            } else {
                11
            }
        }
        Iter::Dict {
            part: DictPart::Keys,
            ..
        } => 6,
        Iter::Dict {
            part: DictPart::Values,
            ..
        } => 7,
        Iter::Dict {
            part: DictPart::Items,
            ..
        } => 8,
        Iter::Set { .. } => 9,
        Iter::Range { .. } => 10,
    };
    &ITERATOR_TYPES[index]
}

/// Whether `info` is one of the iterator types (one address range check).
pub(super) fn is_iterator_type(info: &TypeInfo) -> bool {
    ITERATOR_TYPES
        .as_ptr_range()
        .contains(&(info as *const TypeInfo))
}

fn as_iterator(v: &Value) -> Option<&Value> {
    super::as_iter(v).map(|_| v)
}

/// `it.__next__()`: `StopIteration` at the end.
fn iterator_next(args: Args<'_>) -> PyResult<Value> {
    let (it, []) = Method::wrapper("iterator", "__next__", 0).parse(args, as_iterator)?;
    next(it)?.ok_or_else(|| PyErr::new(ExcKind::StopIteration, ""))
}

/// `it.__iter__()`: the iterator itself.
fn iterator_iter(args: Args<'_>) -> PyResult<Value> {
    let (it, []) = Method::wrapper("iterator", "__iter__", 0).parse(args, as_iterator)?;
    Ok(it.clone())
}

/// `it.__length_hint__()`: how many items are left (PEP 424, what
/// `operator.length_hint` and `list(it)` ask); NotImplemented where the
/// count is not known cheaply (non-ASCII str, dicts).
fn iterator_length_hint(args: Args<'_>) -> PyResult<Value> {
    use std::sync::atomic::Ordering;
    let (it, []) = Method::wrapper("iterator", "__length_hint__", 0).parse(args, as_iterator)?;
    let left = match super::as_iter(it).expect("an iterator") {
        Iter::Sequence { seq, pos } => {
            let len = if let Some(l) = List::cast(seq) {
                Some(l.len())
            } else if let Some(t) = tuple::as_tuple(seq) {
                Some(t.len())
            } else if let Some(b) = bytes::as_bytes(seq) {
                Some(b.len())
            } else if let Some(b) = ByteArray::cast(seq) {
                Some(b.len())
            } else {
                pystr::as_str(seq).filter(|s| s.is_ascii()).map(str::len)
            };
            len.map(|n| n.saturating_sub(pos.load(Ordering::Relaxed)) as i64)
        }
        Iter::Set { items, pos, .. } => {
            Some(items.len().saturating_sub(pos.load(Ordering::Relaxed)) as i64)
        }
        Iter::Range { count, claimed, .. } => {
            Some((count - claimed.load(Ordering::Relaxed)).max(0))
        }
        Iter::Dict { .. } => None,
    };
    Ok(left.map_or_else(
        crate::types::typeobj::not_implemented,
        crate::types::int::int_from_i64,
    ))
}

const ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", iterator_next),
    ("__iter__", iterator_iter),
    ("__length_hint__", iterator_length_hint),
];
