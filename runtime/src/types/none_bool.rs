//! `None`, `True` and `False`: three immortal singletons.
//!
//! Each is a `StaticObject`: immortal, in static memory, so every `Value`
//! for it is its address, a constant (immortal objects ignore increments
//! and decrements, so no count is ever taken). Tests for "is this None / a
//! bool" compare words: no load.
//!
//! `bool` is a subclass of `int` in Python: it hashes, compares and does
//! arithmetic as 0 and 1. Its hash and equality slots are the int ones
//! (`int::int_hash`, `int::numeric_eq`), which read a bool as 0 or 1.
//! `None` hashes by address, as CPython 3.11 does, and compares by identity.

use crate::error::PyResult;
use crate::numeric::hash::hash_pointer;
use crate::object::alloc::drop_and_free;
use crate::object::static_object::StaticObject;
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;

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

static NONE: StaticObject<()> = StaticObject::new(&NONE_TYPE, ());
static TRUE: StaticObject<bool> = StaticObject::new(&BOOL_TYPE, true);
static FALSE: StaticObject<bool> = StaticObject::new(&BOOL_TYPE, false);

/// `None`.
#[inline]
pub fn none() -> Value {
    NONE.value()
}

/// `True` or `False`.
#[inline]
pub fn bool_value(b: bool) -> Value {
    if b {
        TRUE.value()
    } else {
        FALSE.value()
    }
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
    v.word() == NONE.word()
}

/// The truth value of a `bool`; `None` if `v` is not a bool.
#[inline]
pub fn as_bool(v: &Value) -> Option<bool> {
    // The two bools are the only objects of their type.
    let w = v.word();
    if w == TRUE.word() {
        Some(true)
    } else if w == FALSE.word() {
        Some(false)
    } else {
        None
    }
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
