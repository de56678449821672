//! `ValueSlot`: one value (or nothing), read without a lock and written
//! under the slot's own 1-byte lock. Closure cells use it: every read of a
//! free variable is a `get`, and a mutex there cost two locked
//! instructions per read.
//!
//! The protocol is the list slot's (`types/list.rs`): a writer publishes
//! the value it stores (`GC_PUBLISHED`: its memory, once dead, waits for
//! pinned readers) and replaces the word under the lock; a reader, pinned,
//! loads the word, takes a reference with `try_incref` and checks the word
//! still holds it, and falls back to reading under the lock when the count
//! state forbids a lock-free increment.

use super::alloc;
use super::header::ObjHeader;
use super::refcount;
use crate::thread::with_pinned_guard;
use crate::value::Value;
use weft_sync::atomic::{AtomicUsize, Ordering};
use weft_sync::ObjectLock;

/// An empty slot's word (no value word is 0).
const EMPTY: usize = 0;

pub struct ValueSlot {
    word: AtomicUsize,
    lock: ObjectLock,
}

/// Make `v`'s word ready to be read lock-free from a slot; returns it.
fn prepare(v: Option<Value>) -> usize {
    match v {
        None => EMPTY,
        Some(v) => {
            alloc::publish(&v);
            if let Some(obj) = v.as_object() {
                // SAFETY: alive (we hold `v`); lets later readers take a
                // reference lock-free even at shared count zero.
                unsafe { refcount::allow_try_incref(obj.as_ptr()) };
            }
            v.into_raw()
        }
    }
}

/// The value owned by word `w` (its reference moves to the result).
///
/// # Safety
/// `w` is EMPTY or a word whose reference the caller owns.
unsafe fn take_word(w: usize) -> Option<Value> {
    // SAFETY: the caller's contract.
    (w != EMPTY).then(|| unsafe { Value::from_raw(w) })
}

/// The result of one lock-free read attempt.
enum Read {
    Got(Option<Value>),
    /// The word changed under us: drop this reference and retry.
    Changed(Value),
    UseLock,
}

impl ValueSlot {
    pub fn new(v: Option<Value>) -> ValueSlot {
        ValueSlot {
            word: AtomicUsize::new(prepare(v)),
            lock: ObjectLock::new(),
        }
    }

    /// A new reference to the value, or `None` if the slot is empty. The
    /// first lock-free attempt is inlined into the caller (a closure's
    /// free-variable load); retries and the locked read are out of line.
    #[inline]
    pub fn get(&self) -> Option<Value> {
        match self.get_lock_free() {
            Read::Got(v) => v,
            first => self.get_retrying(first),
        }
    }

    #[cold]
    #[inline(never)]
    fn get_retrying(&self, mut read: Read) -> Option<Value> {
        loop {
            match read {
                Read::Got(v) => return v,
                // Dropped here, outside the pin: a last reference may run
                // Python code.
                Read::Changed(stale) => drop(stale),
                Read::UseLock => return self.get_locked(),
            }
            read = self.get_lock_free();
        }
    }

    #[inline]
    fn get_lock_free(&self) -> Read {
        let w = self.word.load(Ordering::Acquire);
        if w == EMPTY {
            return Read::Got(None);
        }
        if w & 1 != 0 {
            // SAFETY: an inline int carries no reference.
            return Read::Got(Some(unsafe { Value::from_raw(w) }));
        }
        with_pinned_guard(|guard| {
            if guard.is_none() {
                return Read::UseLock;
            }
            // SAFETY: pinned, and published objects' memory is released
            // only through reclamation, so the header is readable even if
            // the object died since we loaded its word.
            if !unsafe { refcount::try_incref(w as *const ObjHeader) } {
                return Read::UseLock;
            }
            // SAFETY: the reference was just taken.
            let v = unsafe { Value::from_raw(w) };
            if self.word.load(Ordering::Acquire) == w {
                Read::Got(Some(v))
            } else {
                Read::Changed(v)
            }
        })
    }

    #[cold]
    fn get_locked(&self) -> Option<Value> {
        let _guard = self.lock.guard();
        let w = self.word.load(Ordering::Relaxed);
        if w != EMPTY && w & 1 == 0 {
            // SAFETY: under the lock the slot's reference keeps it alive.
            unsafe {
                refcount::incref(w as *const ObjHeader);
                refcount::allow_try_incref(w as *const ObjHeader);
            }
        }
        // SAFETY: the reference was just taken (or it is an inline int).
        unsafe { take_word(w) }
    }

    /// Store `v` (or empty the slot); returns the previous value, for the
    /// caller to drop (outside any lock of its own).
    pub fn replace(&self, v: Option<Value>) -> Option<Value> {
        let new = prepare(v);
        let old = {
            let _guard = self.lock.guard();
            let old = self.word.load(Ordering::Relaxed);
            self.word.store(new, Ordering::Release);
            old
        };
        // SAFETY: the slot's reference to the old value moves to us.
        unsafe { take_word(old) }
    }

    /// Empty the slot; returns what it held.
    pub fn take(&self) -> Option<Value> {
        self.replace(None)
    }

    /// Call `f` with the value held, without taking a reference (for
    /// traversals by the collector).
    pub fn with_value(&self, f: impl FnOnce(Option<&Value>)) {
        let _guard = self.lock.guard();
        let w = self.word.load(Ordering::Relaxed);
        // SAFETY: under the lock the slot's reference keeps the value alive;
        // ManuallyDrop leaves that reference to the slot.
        let v = unsafe { take_word(w) }.map(std::mem::ManuallyDrop::new);
        f(v.as_deref());
    }
}

impl Drop for ValueSlot {
    fn drop(&mut self) {
        // SAFETY: the slot owns the reference of its word.
        drop(unsafe { take_word(self.word.load(Ordering::Relaxed)) });
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use crate::types::int::int_from_i64;
    use crate::types::list::List;

    #[test]
    fn holds_replaces_and_empties() {
        let slot = ValueSlot::new(None);
        assert!(slot.get().is_none());
        let l = List::new(vec![int_from_i64(1)]);
        assert!(slot.replace(Some(l.clone())).is_none());
        assert!(slot.get().is_some_and(|v| v.is(&l)));
        let old = slot.replace(Some(int_from_i64(7)));
        assert!(old.is_some_and(|v| v.is(&l)));
        assert_eq!(slot.get().and_then(|v| v.as_small_int()), Some(7));
        assert_eq!(slot.take().and_then(|v| v.as_small_int()), Some(7));
        assert!(slot.get().is_none());
    }
}
