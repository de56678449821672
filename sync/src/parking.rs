//! Parking facade: put a thread to sleep on an address, wake one sleeper.
//!
//! The real build uses `parking_lot_core`'s global hash table of queues.
//! loom cannot model that (it parks real OS threads), so under `cfg(loom)` the
//! same contract is implemented with loom's `Mutex` and `Condvar`: one table
//! lock stands in for the bucket lock, and the `validate` and `decide`
//! callbacks run under it, which is the property the lock protocols rely on.

/// Token a waker hands to the thread it wakes.
pub(crate) type UnparkToken = usize;

/// What a waker learns, under the queue lock, before it picks the token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WakeInfo {
    /// A thread was parked on the key and is being woken.
    pub woke_a_thread: bool,
    /// More threads stay parked on the key after this one.
    pub more_waiting: bool,
    /// The woken thread has waited longer than [`FAIR_AFTER`]: it should get
    /// the resource handed to it directly so it cannot starve.
    pub waited_long: bool,
}

/// A parked waiter older than this gets a direct hand-off (CPython's PyMutex
/// uses the same 1 ms).
#[cfg(not(loom))]
pub(crate) const FAIR_AFTER: std::time::Duration = std::time::Duration::from_millis(1);

#[cfg(not(loom))]
mod imp {
    use super::{UnparkToken, WakeInfo, FAIR_AFTER};
    use parking_lot_core::{FilterOp, ParkResult, ParkToken, DEFAULT_PARK_TOKEN};

    /// The monotonic clock in nanoseconds: the park token, so that a waker
    /// can tell how long its wakee has waited. (Read straight from the OS:
    /// `Instant` is opaque, and a lazily set base `Instant` would need a
    /// `OnceLock`, whose std-internal synchronization ThreadSanitizer cannot
    /// see.)
    fn now_nanos() -> usize {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec; CLOCK_MONOTONIC is
        // always available on Linux.
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
        (ts.tv_sec as usize)
            .wrapping_mul(1_000_000_000)
            .wrapping_add(ts.tv_nsec as usize)
    }

    /// Park the current thread on `key` if `validate` (run under the queue
    /// lock) returns true. Returns the waker's token, or `None` if validation
    /// failed.
    pub(crate) fn park(key: usize, validate: impl FnOnce() -> bool) -> Option<UnparkToken> {
        let token = ParkToken(now_nanos().max(DEFAULT_PARK_TOKEN.0 + 1));
        // SAFETY: `validate` only loads an atomic and `before_sleep` and
        // `timed_out` do nothing: none calls back into parking_lot_core or
        // panics, which is the contract of `park`.
        let result =
            unsafe { parking_lot_core::park(key, validate, || {}, |_, _| {}, token, None) };
        match result {
            ParkResult::Unparked(t) => Some(t.0),
            ParkResult::Invalid => None,
            ParkResult::TimedOut => unreachable!("parked without a timeout"),
        }
    }

    /// Wake at most one thread parked on `key`. `decide` runs under the queue
    /// lock and returns the token the woken thread receives.
    pub(crate) fn unpark_one(key: usize, decide: impl FnOnce(WakeInfo) -> UnparkToken) {
        let parked_at = std::cell::Cell::new(None);
        let filter = |t: ParkToken| {
            if parked_at.get().is_some() {
                return FilterOp::Stop;
            }
            parked_at.set(Some(t.0));
            FilterOp::Unpark
        };
        let callback = |r: parking_lot_core::UnparkResult| {
            let waited_long = parked_at.get().is_some_and(|since| {
                now_nanos().saturating_sub(since) >= FAIR_AFTER.as_nanos() as usize
            });
            parking_lot_core::UnparkToken(decide(WakeInfo {
                woke_a_thread: r.unparked_threads != 0,
                more_waiting: r.have_more_threads,
                waited_long,
            }))
        };
        // SAFETY: `filter` and `callback` neither panic nor call into
        // parking_lot_core; `decide` is the lock's own state update.
        unsafe {
            parking_lot_core::unpark_filter(key, filter, callback);
        }
    }
}

#[cfg(loom)]
mod imp {
    use super::{UnparkToken, WakeInfo};
    use loom::sync::{Condvar, Mutex};

    struct Waiter {
        key: usize,
        id: usize,
        token: Option<UnparkToken>,
    }

    struct Table {
        waiters: Vec<Waiter>,
        next_id: usize,
    }

    loom::lazy_static! {
        static ref TABLE: (Mutex<Table>, Condvar) =
            (Mutex::new(Table { waiters: Vec::new(), next_id: 0 }), Condvar::new());
    }

    /// Under loom a waiter "waited long" exactly when the model asks for it,
    /// so the hand-off path is explored deterministically.
    static WAITS_ARE_LONG: std::sync::atomic::AtomicBool =
        std::sync::atomic::AtomicBool::new(false);

    pub fn set_waits_are_long(long: bool) {
        WAITS_ARE_LONG.store(long, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn park(key: usize, validate: impl FnOnce() -> bool) -> Option<UnparkToken> {
        let (lock, cv) = &*TABLE;
        let mut table = lock.lock().unwrap();
        if !validate() {
            return None;
        }
        let id = table.next_id;
        table.next_id += 1;
        table.waiters.push(Waiter {
            key,
            id,
            token: None,
        });
        loop {
            let pos = table.waiters.iter().position(|w| w.id == id).unwrap();
            if let Some(token) = table.waiters[pos].token {
                table.waiters.remove(pos);
                return Some(token);
            }
            table = cv.wait(table).unwrap();
        }
    }

    pub(crate) fn unpark_one(key: usize, decide: impl FnOnce(WakeInfo) -> UnparkToken) {
        let (lock, cv) = &*TABLE;
        let mut table = lock.lock().unwrap();
        let mut sleeping = table
            .waiters
            .iter()
            .enumerate()
            .filter(|(_, w)| w.key == key && w.token.is_none())
            .map(|(i, _)| i);
        let first = sleeping.next();
        let more_waiting = sleeping.next().is_some();
        let info = WakeInfo {
            woke_a_thread: first.is_some(),
            more_waiting,
            waited_long: first.is_some()
                && WAITS_ARE_LONG.load(std::sync::atomic::Ordering::Relaxed),
        };
        let token = decide(info);
        if let Some(i) = first {
            table.waiters[i].token = Some(token);
            cv.notify_all();
        }
    }
}

pub(crate) use imp::{park, unpark_one};

#[cfg(loom)]
pub use imp::set_waits_are_long;
