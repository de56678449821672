//! Weft's synchronization protocols. No Python knowledge lives here.
//!
//! | module | protocol |
//! |---|---|
//! | [`object_lock`] | the 1-byte lock of every mutable container, with parking and fair hand-off |
//! | [`critical_section`] | one- and two-object sections that release themselves when the thread blocks |
//! | [`merge_queue`] | the biased-refcount merge queue: many pushers, the owning thread drains |
//! | [`reclaim`] | safe memory reclamation for retired container storage, pinned while attached |
//! | [`seqlock`] | three words written without a lock and read consistently (caches) |
//! | [`key_filter`] | a word of key-hash bits that lets a lock-free lookup skip a probe for an absent key |
//! | [`keys_version`] | a number that changes when a table gains a key, so a reader can trust a remembered miss |
//! | [`world`] | thread registration, attach/detach, safepoints and stop-the-world |
//! | [`take_slot`] | one boxed value that one thread at a time takes out and puts back (a generator's frame) |
//!
//! Every atomic, cell and parking call goes through [`primitive`] and
//! `parking`, which swap in loom's models under `--cfg loom`; the models live
//! in the `loom-tests` crate. Design notes: `docs/internals/sync.md`.
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

pub mod critical_section;
pub mod flaws;
pub mod key_filter;
pub mod keys_version;
pub mod merge_queue;
pub mod object_lock;
mod parking;
pub mod primitive;
pub mod reclaim;
pub mod seqlock;
pub mod take_slot;
pub mod world;

pub use critical_section::CriticalSection;
pub use key_filter::KeyFilter;
pub use keys_version::KeysVersion;
pub use merge_queue::{MergeQueue, QueueNode};
pub use object_lock::{ObjectLock, ObjectLockGuard};
pub use reclaim::{ReclaimHandle, Reclaimer};
pub use seqlock::SeqSlot;
pub use take_slot::TakeSlot;
pub use world::{StoppedWorld, ThreadSlot, World};

/// The atomics the rest of Weft must use for state that the loom models
/// check (loom's under `--cfg loom`, std's otherwise).
pub mod atomic {
    pub use crate::primitive::{
        fence, AtomicBool, AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering,
    };
}

#[cfg(loom)]
pub use parking::set_waits_are_long;
