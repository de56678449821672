//! `None`, `True` and `False`: three immortal singletons.
//!
//! Each is allocated once, on first use, with `alloc_immortal` and kept in a
//! `OnceLock` as its raw pointer word; every `Value` for it is a copy of
//! that word (immortal objects ignore increments and decrements, so no count
//! is ever taken). Tests for "is this None / a bool" compare the object's
//! `TypeInfo` pointer, one load.
//!
//! `bool` is a subclass of `int` in Python: it hashes, compares and does
//! arithmetic as 0 and 1. Its hash and equality slots are the int ones
//! (`int::int_hash`, `int::numeric_eq`), which read a bool as 0 or 1.
//! `None` hashes by address, as CPython 3.11 does, and compares by identity.

use crate::error::PyResult;
use crate::numeric::hash::hash_pointer;
use crate::object::alloc::{self, drop_and_free};
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;
use std::sync::OnceLock;

/// The type of `None`.
pub static NONE_TYPE: TypeInfo = TypeInfo {
    hash: Some(none_hash),
    ..TypeInfo::new("NoneType", drop_and_free::<()>)
};

/// The `bool` type (payload: the truth value).
pub static BOOL_TYPE: TypeInfo = TypeInfo {
    hash: Some(super::int::int_hash),
    eq: Some(super::int::numeric_eq),
    ..TypeInfo::new("bool", drop_and_free::<bool>)
};

static NONE: OnceLock<usize> = OnceLock::new();
static TRUE: OnceLock<usize> = OnceLock::new();
static FALSE: OnceLock<usize> = OnceLock::new();

/// A `Value` for the immortal object whose word is `word`.
#[inline]
fn immortal(word: usize) -> Value {
    // SAFETY: `word` is the address of an immortal object (made by
    // `alloc_immortal`, never freed); its count is never changed, so any
    // number of Values may claim a reference to it without taking one.
    unsafe { Value::from_raw(word) }
}

/// `None`.
#[inline]
pub fn none() -> Value {
    immortal(*NONE.get_or_init(|| alloc::alloc_immortal(&NONE_TYPE, ()).as_ptr() as usize))
}

/// `True` or `False`.
#[inline]
pub fn bool_value(b: bool) -> Value {
    let cell = if b { &TRUE } else { &FALSE };
    immortal(*cell.get_or_init(|| alloc::alloc_immortal(&BOOL_TYPE, b).as_ptr() as usize))
}

/// `True`.
#[inline]
pub fn true_value() -> Value {
    bool_value(true)
}

/// `False`.
#[inline]
pub fn false_value() -> Value {
    bool_value(false)
}

/// `v is None`.
#[inline]
pub fn is_none(v: &Value) -> bool {
    v.as_object().is_some_and(|obj| {
        // SAFETY: `v` holds a reference, so the object is alive.
        std::ptr::eq(unsafe { obj.as_ref() }.type_info(), &NONE_TYPE)
    })
}

/// The truth value of a `bool`; `None` if `v` is not a bool.
#[inline]
pub fn as_bool(v: &Value) -> Option<bool> {
    let obj = v.as_object()?;
    // SAFETY: `v` holds a reference, so the object is alive.
    if !std::ptr::eq(unsafe { obj.as_ref() }.type_info(), &BOOL_TYPE) {
        return None;
    }
    // SAFETY: the type check says it was allocated as `Obj<bool>`.
    Some(*unsafe { alloc::payload::<bool>(obj) })
}

/// `repr(b)` / `str(b)` for a bool.
pub fn bool_repr(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// `hash(None)`: by address, as CPython 3.11 (`_Py_HashPointer`).
fn none_hash(v: &Value) -> PyResult<isize> {
    Ok(hash_pointer(v.word()) as isize)
}

#[cfg(all(test, not(loom)))]
mod tests;
