use super::*;
use std::sync::atomic::{AtomicU64, Ordering as O};
use std::sync::Arc;

#[test]
fn reentering_a_held_lock_does_not_deadlock() {
    let a = ObjectLock::new();
    let outer = CriticalSection::new(&a);
    assert!(a.is_locked());
    {
        // What `list.index` calling an `__eq__` that appends does.
        let _inner = CriticalSection::new(&a);
        assert_eq!(depth(), 2);
        assert!(a.is_locked());
    }
    assert_eq!(depth(), 1);
    assert!(
        a.is_locked(),
        "the outer section is taken back when the inner ends"
    );
    drop(outer);
    assert_eq!(depth(), 0);
    assert!(!a.is_locked());
}

#[test]
fn same_object_twice_is_locked_once() {
    let a = ObjectLock::new();
    let s = CriticalSection::new2(&a, &a);
    assert!(a.is_locked());
    drop(s);
    assert!(!a.is_locked());
}

#[test]
fn suspend_and_resume() {
    let (a, b) = (ObjectLock::new(), ObjectLock::new());
    let _s1 = CriticalSection::new(&a);
    let _s2 = CriticalSection::new(&b);
    suspend_all();
    assert!(!a.is_locked() && !b.is_locked());
    resume_top();
    assert!(
        !a.is_locked(),
        "outer sections come back only when they are on top"
    );
    assert!(b.is_locked());
    drop(_s2);
    assert!(a.is_locked() && !b.is_locked());
}

/// Two threads take the same two locks in opposite argument order, and nest
/// sections in opposite orders, many times: no deadlock, no lost update.
#[test]
fn crossing_orders_never_deadlock() {
    struct Shared {
        a: ObjectLock,
        b: ObjectLock,
        count: AtomicU64,
    }
    let shared = Arc::new(Shared {
        a: ObjectLock::new(),
        b: ObjectLock::new(),
        count: AtomicU64::new(0),
    });
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let s = shared.clone();
            std::thread::spawn(move || {
                for i in 0..5_000 {
                    let (x, y) = if t % 2 == 0 {
                        (&s.a, &s.b)
                    } else {
                        (&s.b, &s.a)
                    };
                    if i % 2 == 0 {
                        let _both = CriticalSection::new2(x, y);
                        // A non-atomic read-modify-write: only exclusive if the
                        // section really holds the locks.
                        let v = s.count.load(O::Relaxed);
                        s.count.store(v + 1, O::Relaxed);
                    } else {
                        let _outer = CriticalSection::new(x);
                        let _inner = CriticalSection::new(y);
                        let v = s.count.load(O::Relaxed);
                        s.count.store(v + 1, O::Relaxed);
                    }
                }
            })
        })
        .collect();
    threads.into_iter().for_each(|t| t.join().unwrap());
    assert_eq!(shared.count.load(O::Relaxed), 20_000);
    assert!(!shared.a.is_locked() && !shared.b.is_locked());
}

#[test]
#[should_panic(expected = "reverse order")]
fn ending_out_of_order_is_caught() {
    let (a, b) = (ObjectLock::new(), ObjectLock::new());
    let s1 = CriticalSection::new(&a);
    let _s2 = CriticalSection::new(&b);
    drop(s1);
}
