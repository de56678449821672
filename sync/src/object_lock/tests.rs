use super::*;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering as O};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A counter guarded by an `ObjectLock`, the way containers use it.
struct Guarded {
    lock: ObjectLock,
    value: UnsafeCell<u64>,
}
// SAFETY: `value` is only touched with `lock` held.
unsafe impl Sync for Guarded {}

impl Guarded {
    fn add(&self, n: u64) {
        self.lock.lock();
        // SAFETY: the lock is held.
        unsafe { *self.value.get() += n };
        // SAFETY: this thread took the lock just above.
        unsafe { self.lock.unlock() };
    }
}

#[test]
fn lock_unlock_try_lock() {
    let lock = ObjectLock::new();
    assert!(!lock.is_locked());
    lock.lock();
    assert!(lock.is_locked());
    assert!(!lock.try_lock());
    // SAFETY: held since `lock()` above.
    unsafe { lock.unlock() };
    assert!(lock.try_lock());
    // SAFETY: held since `try_lock()` succeeded.
    unsafe { lock.unlock() };
    assert!(!lock.is_locked());
    assert_eq!(std::mem::size_of::<ObjectLock>(), 1);
}

#[test]
fn contended_counter_loses_nothing() {
    for _round in 0..20 {
        let g = Arc::new(Guarded {
            lock: ObjectLock::new(),
            value: UnsafeCell::new(0),
        });
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let g = g.clone();
                std::thread::spawn(move || {
                    for _ in 0..20_000 {
                        g.add(1);
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert!(!g.lock.is_locked());
        // SAFETY: every other thread has been joined.
        assert_eq!(unsafe { *g.value.get() }, 80_000);
    }
}

#[test]
fn waiter_is_not_starved_by_a_relocking_thread() {
    // One thread re-locks in a tight loop; a second must still get in. The
    // hand-off after 1 ms of waiting is what guarantees it.
    let g = Arc::new(Guarded {
        lock: ObjectLock::new(),
        value: UnsafeCell::new(0),
    });
    let done = Arc::new(AtomicBool::new(false));
    let hog = {
        let (g, done) = (g.clone(), done.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            while !done.load(O::Relaxed) {
                g.lock.lock();
                std::hint::black_box(0);
                // SAFETY: taken just above.
                unsafe { g.lock.unlock() };
                assert!(start.elapsed() < Duration::from_secs(20), "waiter starved");
            }
        })
    };
    let acquired = Arc::new(AtomicUsize::new(0));
    for _ in 0..200 {
        g.add(1);
        acquired.fetch_add(1, O::Relaxed);
    }
    done.store(true, O::Relaxed);
    hog.join().unwrap();
    assert_eq!(acquired.load(O::Relaxed), 200);
}
