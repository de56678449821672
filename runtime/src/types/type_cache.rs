//! The type attribute cache: `lookup(type, name)` answers from a global
//! table keyed by the type's version tag and the interned name, so the hot
//! path of attribute access and special-method dispatch skips the walk
//! along the MRO. A type's version changes whenever it or a base changes,
//! and versions are never reused, so an entry with the type's current
//! version is exact (as CPython's `_PyType_Lookup` cache).
//!
//! Entries are written by any thread without a lock, as a seqlock: a
//! writer makes the sequence odd, writes the three words, makes it even; a
//! reader that sees the same even sequence before and after its reads has
//! a consistent entry. The cached value is read without the type's lock,
//! so its reference is taken with `try_incref` while pinned: it may have
//! been removed from the class dict (and be dying) since the entry was
//! written; object memory is released through epoch reclamation, so the
//! read itself is safe, and a refused `try_incref` falls back to the walk.

use crate::object::header::ObjHeader;
use crate::object::refcount;
use crate::thread::with_pinned_guard;
use crate::value::Value;
use std::sync::atomic::{fence, AtomicUsize, Ordering};

const SIZE: usize = 4096;

struct Entry {
    seq: AtomicUsize,
    version: AtomicUsize,
    name: AtomicUsize,
    /// The value's word; 0 caches "not found".
    value: AtomicUsize,
}

static TABLE: [Entry; SIZE] = [const {
    Entry { seq: AtomicUsize::new(0), version: AtomicUsize::new(0), name: AtomicUsize::new(0), value: AtomicUsize::new(0) }
}; SIZE];

fn slot(version: usize, name: usize) -> &'static Entry {
    let h = (version ^ (name >> 4)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52;
    &TABLE[h % SIZE]
}

/// What the cache knows: `Some(None)` cached absent, `Some(Some(v))` found,
/// `None` not cached (or not safely readable now).
pub fn get(version: usize, name: usize) -> Option<Option<Value>> {
    let e = slot(version, name);
    let s1 = e.seq.load(Ordering::Acquire);
    if s1 & 1 != 0 {
        return None;
    }
    let (v, n, w) = (e.version.load(Ordering::Relaxed), e.name.load(Ordering::Relaxed), e.value.load(Ordering::Relaxed));
    fence(Ordering::Acquire);
    if e.seq.load(Ordering::Relaxed) != s1 || v != version || n != name {
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
    let e = slot(version, name);
    let s = e.seq.load(Ordering::Relaxed);
    if s & 1 != 0 || e.seq.compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
        return; // another writer is here: skip
    }
    fence(Ordering::Release);
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
    e.version.store(version, Ordering::Relaxed);
    e.name.store(name, Ordering::Relaxed);
    e.value.store(w, Ordering::Relaxed);
    e.seq.store(s + 2, Ordering::Release);
}
