//! `TakeSlot<T>`: a slot holding at most one boxed value, which a thread
//! takes out to work on alone and puts back when done. A suspended
//! generator's frame lives in one: resuming takes the frame (a second,
//! concurrent resume finds the slot empty: "generator already executing"),
//! and a `yield` puts it back.
//!
//! Taking is one atomic swap with null (`Acquire`: the taker sees every
//! write the last holder made before putting the value back); putting back
//! is one `Release` swap. A mutex around an `Option` cost four locked
//! read-modify-writes per resume (lock and unlock, twice); this costs two.
//!
//! Putting back could be a plain `Release` store (the slot is empty while
//! the value is out, so nothing is overwritten). With one, loom 0.7
//! reported the model's final `take` finding the slot empty after both
//! threads had put the value back (its modification order of stores by
//! threads that never synchronized is partial); with a swap the model
//! passes, and `put` can also see (debug builds assert) a full slot.

use crate::flaws::{self, Flaw};
use crate::primitive::{AtomicPtr, Ordering};

pub struct TakeSlot<T> {
    /// The held value's box, or null when empty.
    ptr: AtomicPtr<T>,
}

// SAFETY: the slot owns its `T` as a `Box` would, and hands it to exactly
// one thread at a time (the swap in `take`), so sharing the slot shares no
// `&T` between threads: `T: Send` is all it needs.
unsafe impl<T: Send> Send for TakeSlot<T> {}
// SAFETY: as above; `&TakeSlot` only moves whole boxes in and out.
unsafe impl<T: Send> Sync for TakeSlot<T> {}

impl<T> TakeSlot<T> {
    pub fn new(value: Option<Box<T>>) -> TakeSlot<T> {
        TakeSlot {
            ptr: AtomicPtr::new(value.map_or(std::ptr::null_mut(), Box::into_raw)),
        }
    }

    /// Take the value out, leaving the slot empty; `None` if it was empty
    /// (another thread holds the value, or none was ever put back).
    pub fn take(&self) -> Option<Box<T>> {
        let p = if flaws::active(Flaw::TakeSlotLoadThenStore) {
            // Flawed: two takers can both load the same pointer.
            let p = self.ptr.load(Ordering::Acquire);
            self.ptr.store(std::ptr::null_mut(), Ordering::Relaxed);
            p
        } else {
            self.ptr.swap(std::ptr::null_mut(), Ordering::Acquire)
        };
        // SAFETY: a non-null pointer came from `Box::into_raw` (in `new` or
        // `put`), and the swap moved its ownership to us alone.
        (!p.is_null()).then(|| unsafe { Box::from_raw(p) })
    }

    /// Put a value taken with `take` back. The slot must be empty, as it
    /// is while the value is out; a value found there anyway (a caller
    /// that broke that rule) is leaked, never freed twice.
    pub fn put(&self, value: Box<T>) {
        let order = if flaws::active(Flaw::TakeSlotPutRelaxed) {
            Ordering::Relaxed
        } else {
            Ordering::Release
        };
        let old = self.ptr.swap(Box::into_raw(value), order);
        debug_assert!(old.is_null(), "a value was put into a full TakeSlot");
    }

    /// Run `f` on the value, taken out for the call and put back after it
    /// (also if `f` panics); `f` gets `None` if the slot was empty.
    pub fn with_taken<R>(&self, f: impl FnOnce(Option<&mut T>) -> R) -> R {
        struct PutBack<'s, T>(&'s TakeSlot<T>, Option<Box<T>>);
        impl<T> Drop for PutBack<'_, T> {
            fn drop(&mut self) {
                if let Some(value) = self.1.take() {
                    self.0.put(value);
                }
            }
        }
        let mut held = PutBack(self, self.take());
        f(held.1.as_deref_mut())
    }

    /// Whether the slot is empty (its value is out, or there is none).
    pub fn is_empty(&self) -> bool {
        self.ptr.load(Ordering::Acquire).is_null()
    }

    /// The value, through exclusive access to the slot.
    pub fn get_mut(&mut self) -> Option<&mut T> {
        let p = self.ptr.load(Ordering::Relaxed);
        // SAFETY: `&mut self` excludes every other access, and a non-null
        // pointer is the slot's own box.
        (!p.is_null()).then(|| unsafe { &mut *p })
    }
}

impl<T> Drop for TakeSlot<T> {
    fn drop(&mut self) {
        drop(self.take());
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::TakeSlot;

    #[test]
    fn takes_and_puts_back() {
        let slot = TakeSlot::new(Some(Box::new(5)));
        let mut v = slot.take().expect("full");
        assert!(slot.take().is_none() && slot.is_empty());
        *v += 1;
        slot.put(v);
        assert!(!slot.is_empty());
        assert_eq!(*slot.take().expect("put back"), 6);
    }

    #[test]
    fn concurrent_takers_never_share_the_value() {
        let slot = std::sync::Arc::new(TakeSlot::new(Some(Box::new(0u64))));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let slot = slot.clone();
                std::thread::spawn(move || {
                    let mut done = 0;
                    while done < 10_000 {
                        if let Some(mut v) = slot.take() {
                            *v += 1;
                            done += 1;
                            slot.put(v);
                        }
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(*slot.take().expect("put back"), 40_000);
    }
}
