//! `ValueCache`: one cache entry mapping two key words to a value (or to
//! "absent"), written by any thread without a lock and read without one.
//! The interpreter's inline caches and the type attribute cache use it.
//!
//! The entry is a `weft_sync::SeqSlot`, so a reader never sees keys of one
//! write with the value of another. The cached value is not kept alive by
//! the cache: its owner (a dict) may drop it after the entry was written,
//! so a reader takes its reference with `try_incref` while pinned (object
//! memory is released through epoch reclamation, so the header is readable
//! even if the object died), and treats a refusal as a miss.

use super::header::{ObjHeader, GC_KEEP_MEMORY};
use super::refcount;
use crate::thread::with_pinned_guard;
use crate::value::Value;
use weft_sync::atomic::Ordering;
use weft_sync::SeqSlot;

/// Set in a cached object word when the object is immortal (object
/// addresses are aligned, so the bit is free).
const IMMORTAL_TAG: usize = 2;
/// Set in a cached object word when the object's count is deferred
/// (`deferred.rs`). Only the collector frees such an object, with the
/// world stopped, so one that the entry's keys still lead to is alive for
/// the rest of the caller's instruction: a hit takes its reference without
/// a pin or `try_incref` (an entry whose object died cannot match, as the
/// container that held it changed version when it let go).
const DEFERRED_TAG: usize = 4;

pub struct ValueCache {
    slot: SeqSlot,
}

impl ValueCache {
    /// An empty entry (keys 0 never match: callers use non-zero keys).
    pub const fn new() -> ValueCache {
        ValueCache {
            slot: SeqSlot::new(),
        }
    }

    /// The cached answer for `(k0, k1)`: `Some(Some(v))` found, `Some(None)`
    /// cached as absent, `None` not cached (or not safely readable now).
    #[inline]
    pub fn get(&self, k0: usize, k1: usize) -> Option<Option<Value>> {
        let [a, b, w] = self.slot.read()?;
        if a != k0 || b != k1 {
            return None;
        }
        if w == 0 {
            return Some(None);
        }
        if w & 1 != 0 {
            // SAFETY: an inline int carries no reference.
            return Some(Some(unsafe { Value::from_raw(w) }));
        }
        if w & IMMORTAL_TAG != 0 {
            // SAFETY: an immortal object is never freed and its count never
            // changes, so the Value needs no reference of its own.
            return Some(Some(unsafe { Value::from_raw(w & !IMMORTAL_TAG) }));
        }
        if w & DEFERRED_TAG != 0 {
            let obj = (w & !DEFERRED_TAG) as *const ObjHeader;
            // Not reading the header: threads that all keep loading one
            // shared object (a global list they append to) then pull its
            // cache line, where its lock lives, less often.
            // SAFETY: as `DEFERRED_TAG` says, the object is alive and deferred.
            unsafe { refcount::incref_deferred(obj) };
            // SAFETY: the reference was just taken.
            return Some(Some(unsafe { Value::from_raw(obj as usize) }));
        }
        with_pinned_guard(|guard| {
            guard?;
            // SAFETY: pinned, and object memory is only released through
            // reclamation, so the header is readable even if it died.
            if unsafe { refcount::try_incref(w as *const ObjHeader) } {
                // SAFETY: the reference was just taken.
                Some(Some(unsafe { Value::from_raw(w) }))
            } else {
                None
            }
        })
    }

    /// The entry's first key: 0 while empty, `None` while being written.
    #[inline]
    pub fn first_key(&self) -> Option<usize> {
        self.slot.read().map(|[k0, _, _]| k0)
    }

    /// Remember `(k0, k1) -> value` (`None`: absent). `value` is held by
    /// the caller, so it is alive.
    pub fn put(&self, k0: usize, k1: usize, value: Option<&Value>) {
        let w = match value {
            None => 0,
            Some(v) => {
                if refcount::value_is_immortal(v) && v.as_object().is_some() {
                    // Readers take no reference and need no pin.
                    self.slot.try_write([k0, k1, v.word() | IMMORTAL_TAG]);
                    return;
                }
                super::alloc::publish(v);
                if let Some(obj) = v.as_object() {
                    // SAFETY: alive (the caller holds it).
                    let h = unsafe { obj.as_ref() };
                    if h.ty.recycles_memory {
                        // `get` does not re-check where it found the value:
                        // its memory must not become another object's.
                        h.gc_bits.fetch_or(GC_KEEP_MEMORY, Ordering::Relaxed);
                    }
                    // SAFETY: alive (the caller holds it).
                    if unsafe { super::deferred::is_deferred(obj.as_ptr()) } {
                        self.slot.try_write([k0, k1, v.word() | DEFERRED_TAG]);
                        return;
                    }
                    // SAFETY: alive (the caller holds it); lets later
                    // readers `try_incref` it while no other reference is held.
                    unsafe { refcount::allow_try_incref(obj.as_ptr()) };
                }
                v.word()
            }
        };
        self.slot.try_write([k0, k1, w]);
    }
}

impl Default for ValueCache {
    fn default() -> ValueCache {
        ValueCache::new()
    }
}
