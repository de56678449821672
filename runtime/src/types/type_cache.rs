//! The type attribute cache: `lookup(type, name)` answers from a global
//! table keyed by the type's version tag and the interned name, so the hot
//! path of attribute access and special-method dispatch skips the walk
//! along the MRO. A type's version changes whenever it or a base changes,
//! and versions are never reused, so an entry with the type's current
//! version is exact (as CPython's `_PyType_Lookup` cache).
//!
//! Entries are `weft_sync::SeqSlot`s (version, name, value words), written
//! by any thread without a lock and never read torn. The cached value is
//! read without the type's lock, so its reference is taken with
//! `try_incref` while pinned: it may have been removed from the class dict
//! (and be dying) since the entry was written; object memory is released
//! through epoch reclamation, so the read itself is safe, and a refused
//! `try_incref` falls back to the walk. Not compiled under loom (its
//! statics need const atomics); `lookup` then always walks.

use crate::object::header::ObjHeader;
use crate::object::refcount;
use crate::thread::with_pinned_guard;
use crate::value::Value;
use weft_sync::SeqSlot;

const SIZE: usize = 4096;

static TABLE: [SeqSlot; SIZE] = [const { SeqSlot::new() }; SIZE];

fn slot(version: usize, name: usize) -> &'static SeqSlot {
    let h = (version ^ (name >> 4)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52;
    &TABLE[h % SIZE]
}

/// What the cache knows: `Some(None)` cached absent, `Some(Some(v))` found,
/// `None` not cached (or not safely readable now).
#[inline]
pub fn get(version: usize, name: usize) -> Option<Option<Value>> {
    let [v, n, w] = slot(version, name).read()?;
    if v != version || n != name {
        return None;
    }
    if w == 0 {
        return Some(None);
    }
    if w & 1 != 0 {
        // SAFETY: an inline int carries no reference.
        return Some(Some(unsafe { Value::from_raw(w) }));
    }
    with_pinned_guard(|guard| {
        guard?;
        // SAFETY: pinned, and object memory is only released through
        // reclamation, so the header is readable even if the object died.
        if unsafe { refcount::try_incref(w as *const ObjHeader) } {
            // SAFETY: the reference was just taken.
            Some(Some(unsafe { Value::from_raw(w) }))
        } else {
            None
        }
    })
}

/// Remember the result of a lookup (`value` is held by the caller, so it is
/// alive).
pub fn put(version: usize, name: usize, value: Option<&Value>) {
    let w = match value {
        None => 0,
        Some(v) => {
            if let Some(obj) = v.as_object() {
                // SAFETY: alive (the caller holds it); lets later readers
                // `try_incref` it while no other reference is held.
                unsafe { refcount::allow_try_incref(obj.as_ptr()) };
            }
            v.word()
        }
    };
    slot(version, name).try_write([version, name, w]);
}
