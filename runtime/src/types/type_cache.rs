//! The type attribute cache: `lookup(type, name)` answers from a global
//! table keyed by the type's version tag and the interned name, so the hot
//! path of attribute access and special-method dispatch skips the walk
//! along the MRO. A type's version changes whenever it or a base changes,
//! and versions are never reused, so an entry with the type's current
//! version is exact (as CPython's `_PyType_Lookup` cache). Entries are
//! `ValueCache`s (lock-free, never read torn, values taken with
//! `try_incref`). Not compiled under loom (its statics need const
//! atomics); `lookup` then always walks.

use crate::object::value_cache::ValueCache;
use crate::value::Value;

const SIZE: usize = 4096;

static TABLE: [ValueCache; SIZE] = [const { ValueCache::new() }; SIZE];

fn slot(version: usize, name: usize) -> &'static ValueCache {
    let h = (version ^ (name >> 4)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52;
    &TABLE[h % SIZE]
}

/// What the cache knows: `Some(None)` cached absent, `Some(Some(v))` found,
/// `None` not cached (or not safely readable now).
#[inline]
pub fn get(version: usize, name: usize) -> Option<Option<Value>> {
    slot(version, name).get(version, name)
}

/// Remember the result of a lookup (`value` is held by the caller).
pub fn put(version: usize, name: usize, value: Option<&Value>) {
    slot(version, name).put(version, name, value);
}
