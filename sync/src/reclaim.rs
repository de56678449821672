//! Safe memory reclamation for container storage that lock-free readers may
//! still be reading (a list's item array after a resize, a dict's old table).
//!
//! A thin layer over `crossbeam-epoch`, chosen over `seize` by the benchmark
//! `benches/benches/sync_reclaim.rs` (same read cost with a held guard, faster
//! pinning, and it runs under loom and ThreadSanitizer; see
//! `docs/internals/reclamation.md`).
//!
//! The point of the layer is *when* a thread is pinned. Entering an epoch
//! guard per read costs several nanoseconds against a fraction of one for the
//! load itself, so a thread state pins once when it attaches and stays pinned
//! while it runs Python code; at each safepoint it renews its pin (a
//! quiescent state, as CPython's QSBR), and when it detaches to block it
//! unpins, so a sleeping thread never holds reclamation back.

pub use crossbeam_epoch::{unprotected, Atomic, Guard, Owned, Pointable, Pointer, Shared};

use crate::flaws::{self, Flaw};
use crossbeam_epoch::{Collector, LocalHandle};

/// How many quiescent states between pushes of this thread's retired storage
/// to the global queue (which also tries to advance the epoch and free what
/// is safe). Small enough that garbage does not pile up, large enough that a
/// safepoint stays a few loads.
const QUIESCENT_STATES_PER_FLUSH: u32 = 64;

/// One reclamation domain: a runtime has one, shared by its thread states.
#[derive(Debug, Default, Clone)]
pub struct Reclaimer {
    collector: Collector,
}

impl Reclaimer {
    /// A new domain.
    pub fn new() -> Self {
        Reclaimer {
            collector: Collector::new(),
        }
    }

    /// A participant for one thread state, not yet pinned.
    pub fn register(&self) -> ReclaimHandle {
        ReclaimHandle {
            guard: None,
            local: self.collector.register(),
            quiescent_count: 0,
        }
    }
}

/// A thread state's membership in a [`Reclaimer`]: pinned while attached.
pub struct ReclaimHandle {
    /// The pin held while attached. Declared first so it drops before `local`.
    guard: Option<Guard>,
    local: LocalHandle,
    /// Quiescent states since the last flush.
    quiescent_count: u32,
}

impl ReclaimHandle {
    /// Pin: from now on storage this thread may read is not freed. Called on
    /// attach.
    #[inline]
    pub fn pin(&mut self) {
        if self.guard.is_none() {
            self.guard = Some(self.local.pin());
        }
    }

    /// Unpin: called on detach, so a blocked thread holds nothing back. The
    /// thread must not keep pointers it read while pinned.
    #[inline]
    pub fn unpin(&mut self) {
        self.guard = None;
    }

    /// Whether the handle is pinned.
    #[inline]
    pub fn is_pinned(&self) -> bool {
        self.guard.is_some()
    }

    /// A quiescent state: the thread holds no pointer to shared storage, so
    /// its pin may move to the current epoch. Called at safepoints.
    #[inline]
    pub fn quiescent(&mut self) {
        if let Some(guard) = &mut self.guard {
            guard.repin();
            self.quiescent_count += 1;
            if self.quiescent_count >= QUIESCENT_STATES_PER_FLUSH {
                self.quiescent_count = 0;
                guard.flush();
            }
        }
    }

    /// Run `f` once no thread that is pinned now can still be reading what
    /// the caller unlinked (for memory that is not a single `Owned`, such as
    /// a batch of freed objects).
    ///
    /// # Safety
    /// Whatever `f` frees must already be unreachable from shared places.
    pub unsafe fn defer(&self, f: impl FnOnce() + Send + 'static) {
        // SAFETY: the caller guarantees that what `f` frees is unlinked; the
        // epoch scheme runs `f` only after every current pin is gone.
        unsafe { self.guard().defer_unchecked(f) };
    }

    /// Push this thread's retired storage to the global queue now and free
    /// whatever no pinned thread can still read (normally done every
    /// `QUIESCENT_STATES_PER_FLUSH` quiescent states).
    pub fn flush(&self) {
        self.guard().flush();
    }

    /// The pin's address while pinned, else null. It stays valid until the
    /// next `unpin` (re-pinning at a quiescent state keeps the guard where
    /// it is), if the handle does not move meanwhile.
    #[inline]
    pub fn guard_ptr(&self) -> *const Guard {
        self.guard
            .as_ref()
            .map_or(std::ptr::null(), |g| g as *const Guard)
    }

    /// The held pin, for lock-free loads of storage pointers.
    ///
    /// # Panics
    /// If the handle is not pinned (the thread is detached): reading shared
    /// storage while detached is a bug.
    #[inline]
    pub fn guard(&self) -> &Guard {
        self.guard
            .as_ref()
            .expect("reading shared storage requires an attached (pinned) thread")
    }

    /// Retire storage that has been unlinked from every shared place: it is
    /// freed once no thread pinned at the time can still read it.
    ///
    /// # Safety
    /// `storage` must no longer be reachable through any shared pointer, and
    /// must be retired only once.
    #[inline]
    pub unsafe fn retire<T: Send + 'static>(&self, storage: Shared<'_, T>) {
        if flaws::active(Flaw::ReclaimFreesImmediately) {
            // SAFETY: none; deliberately broken for the loom model.
            drop(unsafe { storage.into_owned() });
            return;
        }
        // SAFETY: the caller guarantees `storage` is unlinked and retired
        // once; the epoch scheme frees it only after every guard that might
        // have loaded it is gone.
        unsafe { self.guard().defer_destroy(storage) };
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
