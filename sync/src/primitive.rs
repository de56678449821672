//! The one place that chooses between real primitives and loom's models.
//!
//! Every atomic, cell, mutex and parking call in this crate goes through here,
//! so `RUSTFLAGS="--cfg loom"` model-checks the very code that ships
//! (the pattern of tokio's `src/loom/mod.rs` and crossbeam-epoch's
//! `mod primitive`).

#[cfg(not(loom))]
pub use blocking::{Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
pub use std::sync::atomic::{
    fence, AtomicBool, AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering,
};

#[cfg(loom)]
pub use loom::sync::atomic::{
    fence, AtomicBool, AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering,
};
#[cfg(loom)]
pub use loom::sync::{Condvar, Mutex, MutexGuard};

/// Spin-loop hint: a real pause instruction, or a yield to loom's scheduler so
/// that a model with a spinning thread still terminates.
#[inline]
pub fn spin_hint() {
    #[cfg(not(loom))]
    std::hint::spin_loop();
    #[cfg(loom)]
    loom::thread::yield_now();
}

/// `Mutex` and `Condvar` with std's (and so loom's) interface, built on
/// parking_lot: faster, no poisoning, and made of atomics that
/// ThreadSanitizer sees (std's futex-based ones are invisible to it without a
/// sanitized std, and it then reports false races).
#[cfg(not(loom))]
pub mod blocking {
    use std::sync::LockResult;

    pub type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;

    #[derive(Debug, Default)]
    pub struct Mutex<T>(parking_lot::Mutex<T>);

    impl<T> Mutex<T> {
        pub fn new(value: T) -> Self {
            Mutex(parking_lot::Mutex::new(value))
        }

        pub fn lock(&self) -> LockResult<MutexGuard<'_, T>> {
            Ok(self.0.lock())
        }
    }

    #[derive(Debug, Default)]
    pub struct Condvar(parking_lot::Condvar);

    impl Condvar {
        pub fn new() -> Self {
            Condvar(parking_lot::Condvar::new())
        }

        pub fn wait<'a, T>(&self, mut guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>> {
            self.0.wait(&mut guard);
            Ok(guard)
        }

        pub fn notify_all(&self) {
            self.0.notify_all();
        }
    }
}
