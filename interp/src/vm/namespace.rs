//! Name lookups in a module or class namespace: a dict, or any mapping a
//! metaclass `__prepare__` returned.

use std::sync::atomic::AtomicU32;

use weft_runtime::types::dict::Dict;
use weft_runtime::{PyResult, Value};

use super::ops;

/// `ns[key]`, `None` if absent.
pub fn get(ns: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = Dict::cast(ns) {
        return d.get(key);
    }
    match ops::getitem(ns, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_key_error(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `get` remembering where `key` was found (`hint`: see
/// `DictRef::get_hinted`).
#[inline]
pub fn get_hinted(ns: &Value, key: &Value, hint: &AtomicU32) -> PyResult<Option<Value>> {
    match Dict::cast(ns) {
        Some(d) => d.get_hinted(key, hint),
        None => get(ns, key),
    }
}

/// `set` through a hint, as `get_hinted`.
#[inline]
pub fn set_hinted(ns: &Value, key: &Value, value: Value, hint: &AtomicU32) -> PyResult<()> {
    match Dict::cast(ns) {
        Some(d) => d.set_hinted(key, value, hint),
        None => ops::setitem(ns, key, value),
    }
}

/// `ns[key] = value`.
pub fn set(ns: &Value, key: Value, value: Value) -> PyResult<()> {
    match Dict::cast(ns) {
        Some(d) => d.set(key, value),
        None => ops::setitem(ns, &key, value),
    }
}

/// `del ns[key]`; `false` if it was absent.
pub fn delete(ns: &Value, key: &Value) -> PyResult<bool> {
    if let Some(d) = Dict::cast(ns) {
        return Ok(d.pop(key)?.is_some());
    }
    match ops::delitem(ns, key) {
        Ok(()) => Ok(true),
        Err(e) if is_key_error(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

fn is_key_error(e: &weft_runtime::PyErr) -> bool {
    e.is_a(weft_runtime::ExcKind::KeyError)
}
