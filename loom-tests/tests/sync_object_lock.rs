//! `ObjectLock`: mutual exclusion, no lost wake-up, fair hand-off.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model, Checked};
use weft_sync::flaws::Flaw;
use weft_sync::ObjectLock;

struct Guarded {
    lock: ObjectLock,
    count: Checked,
}

fn locked_increments(threads: usize, rounds: usize) {
    let g = Arc::new(Guarded {
        lock: ObjectLock::new(),
        count: Checked::new(),
    });
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let g = g.clone();
            thread::spawn(move || {
                for _ in 0..rounds {
                    g.lock.lock();
                    g.count.bump();
                    // SAFETY: taken just above.
                    unsafe { g.lock.unlock() };
                }
            })
        })
        .collect();
    handles.into_iter().for_each(|h| h.join().unwrap());
    assert_eq!(g.count.get(), threads * rounds);
    assert!(!g.lock.is_locked());
}

#[test]
fn two_threads_exclusive_and_no_lost_wakeup() {
    check(&[], false, || locked_increments(2, 2));
}

#[test]
fn three_threads_exclusive_and_no_lost_wakeup() {
    check(&[], false, || locked_increments(3, 1));
}

#[test]
fn fair_handoff_keeps_exclusion() {
    check(&[], true, || locked_increments(2, 2));
}

#[test]
fn fair_handoff_three_threads() {
    check(&[], true, || locked_increments(3, 1));
}

#[test]
fn try_lock_never_takes_a_held_lock() {
    check(&[], false, || {
        let g = Arc::new(Guarded {
            lock: ObjectLock::new(),
            count: Checked::new(),
        });
        let other = {
            let g = g.clone();
            thread::spawn(move || {
                if g.lock.try_lock() {
                    g.count.bump();
                    // SAFETY: try_lock succeeded.
                    unsafe { g.lock.unlock() };
                }
            })
        };
        g.lock.lock();
        g.count.bump();
        // SAFETY: taken just above.
        unsafe { g.lock.unlock() };
        other.join().unwrap();
    });
}

flawed_model!(
    catches_a_lost_wakeup,
    lost_wakeup_model,
    [Flaw::LockParksWithoutParkedBit],
    false,
    || locked_increments(2, 1),
    "deadlock"
);

flawed_model!(
    catches_a_handoff_that_leaves_the_lock_free,
    handoff_leaves_lock_free_model,
    [Flaw::LockHandoffClearsLocked],
    true,
    || locked_increments(2, 2),
    "Causality violation"
);
