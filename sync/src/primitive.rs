//! The one place that chooses between real primitives and loom's models.
//!
//! Every atomic, cell, mutex and parking call in this crate goes through here,
//! so `RUSTFLAGS="--cfg loom"` model-checks the very code that ships
//! (the pattern of tokio's `src/loom/mod.rs` and crossbeam-epoch's
//! `mod primitive`).

#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, AtomicUsize, Ordering};
#[cfg(not(loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};

#[cfg(loom)]
pub use loom::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, AtomicUsize, Ordering};
#[cfg(loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};

/// Spin-loop hint: a real pause instruction, or a yield to loom's scheduler so
/// that a model with a spinning thread still terminates.
#[inline]
pub(crate) fn spin_hint() {
    #[cfg(not(loom))]
    std::hint::spin_loop();
    #[cfg(loom)]
    loom::thread::yield_now();
}
