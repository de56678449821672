//! `ObjectLock`: the 1-byte lock every mutable container carries.
//!
//! Modelled on CPython's `PyMutex` and parking_lot's `RawMutex`: the
//! uncontended lock and unlock are one compare-and-swap each; a contended
//! locker spins briefly, then sets the parked bit and sleeps in the parking
//! lot keyed by the lock's address. A waiter that has slept longer than
//! [`FAIR_AFTER`](crate::parking) is handed the lock directly by the unlocker
//! (the locked bit never drops), so a thread that keeps re-locking cannot
//! starve it.
//!
//! A thread about to park first suspends its critical sections (see
//! [`critical_section`](crate::critical_section)): re-entrant code can then
//! never deadlock on a lock its own thread holds in an outer section.

use crate::critical_section;
use crate::flaws::{self, Flaw};
use crate::parking::{self, UnparkToken, WakeInfo};
use crate::primitive::{spin_hint, AtomicU8, Ordering};

/// The state byte.
///
/// | `PARKED` | `LOCKED` | meaning                                          |
/// |----------|----------|--------------------------------------------------|
/// | 0        | 0        | free, nobody waits                               |
/// | 0        | 1        | held, nobody waits                               |
/// | 1        | 0        | free, waiters sleep (a woken one is retrying)     |
/// | 1        | 1        | held, waiters sleep: unlock must wake one         |
const LOCKED: u8 = 0b01;
const PARKED: u8 = 0b10;

/// Token for a waiter woken to compete for the lock again.
const TOKEN_RETRY: UnparkToken = 0;
/// Token for a waiter that now owns the lock (fair hand-off).
const TOKEN_HANDOFF: UnparkToken = 1;

/// Spin rounds before parking, as parking_lot's `SpinWait`: on a short
/// critical section the holder is usually done before a park would finish.
/// Under loom, spinning only multiplies the interleavings without changing the
/// protocol, so the models park at once.
/// Five rounds of growing back-off spin about 27 µs in all (1920 pauses of
/// ~14 ns), as long as the ten shorter rounds they replaced.
const SPIN_ROUNDS: u32 = if cfg!(loom) { 0 } else { 5 };

/// A 1-byte mutual-exclusion lock with parking and fair hand-off.
///
/// It guards no data of its own: the containers that embed it decide what it
/// protects. Use it through [`critical_section`](crate::critical_section)
/// where Python code might be re-entered while it is held.
#[derive(Debug, Default)]
pub struct ObjectLock {
    state: AtomicU8,
}

impl ObjectLock {
    /// A new, unlocked lock.
    #[cfg(not(loom))]
    pub const fn new() -> Self {
        ObjectLock {
            state: AtomicU8::new(0),
        }
    }

    /// A new, unlocked lock (loom's atomics are not `const`).
    #[cfg(loom)]
    pub fn new() -> Self {
        ObjectLock {
            state: AtomicU8::new(0),
        }
    }

    /// Take the lock, parking if another thread holds it.
    #[inline]
    pub fn lock(&self) {
        if self
            .state
            .compare_exchange_weak(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
    }

    /// Take the lock if it is free; never waits.
    #[inline]
    pub fn try_lock(&self) -> bool {
        let mut state = self.state.load(Ordering::Relaxed);
        loop {
            if state & LOCKED != 0 {
                return false;
            }
            match self.state.compare_exchange_weak(
                state,
                state | LOCKED,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => state = now,
            }
        }
    }

    /// Whether some thread holds the lock (a snapshot, for assertions).
    #[inline]
    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) & LOCKED != 0
    }

    /// Release the lock.
    ///
    /// # Safety
    /// The calling thread must hold the lock (it took it with `lock` or a
    /// successful `try_lock`, or was handed it). Unlocking a lock another
    /// thread holds breaks the mutual exclusion of whatever it guards.
    #[inline]
    pub unsafe fn unlock(&self) {
        if self
            .state
            .compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed)
            .is_err()
        {
            self.unlock_slow();
        }
    }

    /// Take the lock for a section that runs no Python code (so it cannot
    /// re-enter, and needs no critical section); released when the guard
    /// drops.
    #[inline]
    pub fn guard(&self) -> ObjectLockGuard<'_> {
        self.lock();
        ObjectLockGuard(self, std::marker::PhantomData)
    }

    fn key(&self) -> usize {
        self as *const ObjectLock as usize
    }

    #[cold]
    fn lock_slow(&self) {
        let mut spins = 0;
        let mut suspended_sections = false;
        let mut state = self.state.load(Ordering::Relaxed);
        loop {
            if state & LOCKED == 0 {
                match self.state.compare_exchange_weak(
                    state,
                    state | LOCKED,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                ) {
                    Ok(_) => break,
                    Err(now) => {
                        state = now;
                        continue;
                    }
                }
            }
            // Spin only while nobody sleeps: once waiters park, a newcomer
            // spinning would just steal the lock from them.
            if state & PARKED == 0 && spins < SPIN_ROUNDS {
                spins += 1;
                // Back off without touching the lock: a waiter that reads
                // it in a tight loop takes its cache line from the holder,
                // whose unlock (and whatever else it writes on that line)
                // then waits for the line to come back. Long pauses (from
                // 128, ~1.8 µs) let the holder run many operations while
                // the line stays in its cache: when threads take turns on
                // one object, each turn moves its lines between the cores
                // (54 ns each here, `benches/benches/machine_cache_line.rs`),
                // more than a list append's whole loop turn. Two threads
                // appending to one list, T(2)/T(1): 3.4 (median) with
                // back-offs from 16 pauses, 2.2 from 128.
                for _ in 0..(64 << spins.min(3)) {
                    spin_hint();
                }
                state = self.state.load(Ordering::Relaxed);
                continue;
            }
            if state & PARKED == 0 && !flaws::active(Flaw::LockParksWithoutParkedBit) {
                if let Err(now) = self.state.compare_exchange_weak(
                    state,
                    state | PARKED,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                ) {
                    state = now;
                    continue;
                }
            }
            // About to sleep: give up this thread's critical sections so the
            // holder (maybe this very thread, re-entered) can proceed.
            if !suspended_sections {
                critical_section::suspend_all();
                suspended_sections = true;
            }
            let expected = if flaws::active(Flaw::LockParksWithoutParkedBit) {
                LOCKED
            } else {
                LOCKED | PARKED
            };
            match parking::park(self.key(), || {
                self.state.load(Ordering::Relaxed) == expected
            }) {
                Some(TOKEN_HANDOFF) => break,
                _ => {
                    spins = 0;
                    state = self.state.load(Ordering::Relaxed);
                }
            }
        }
        if suspended_sections {
            critical_section::resume_top();
        }
    }

    #[cold]
    fn unlock_slow(&self) {
        parking::unpark_one(self.key(), |wake: WakeInfo| {
            if wake.woke_a_thread && wake.waited_long {
                // Hand off: the lock stays held and passes to the wakee.
                let held = if flaws::active(Flaw::LockHandoffClearsLocked) {
                    0
                } else {
                    LOCKED
                };
                let parked = if wake.more_waiting { PARKED } else { 0 };
                self.state.store(held | parked, Ordering::Relaxed);
                return TOKEN_HANDOFF;
            }
            let parked = if wake.more_waiting { PARKED } else { 0 };
            self.state.store(parked, Ordering::Release);
            TOKEN_RETRY
        });
    }
}

#[cfg(all(test, not(loom)))]
mod tests;

/// Holds an `ObjectLock` (from `ObjectLock::guard`) until dropped.
/// Not `Send`: the lock is released by the thread that took it.
pub struct ObjectLockGuard<'a>(&'a ObjectLock, std::marker::PhantomData<*const ()>);

impl Drop for ObjectLockGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: taken by `ObjectLock::guard`, on this thread (a guard is
        // not `Send`).
        unsafe { self.0.unlock() };
    }
}
