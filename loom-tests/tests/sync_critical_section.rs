//! Critical sections: two-object sections never deadlock; suspension while
//! blocked and resumption keep every access exclusive.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model, Checked};
use weft_sync::flaws::Flaw;
use weft_sync::{CriticalSection, ObjectLock};

struct Pair {
    a: ObjectLock,
    b: ObjectLock,
    in_a: Checked,
    in_b: Checked,
}

fn pair() -> Arc<Pair> {
    Arc::new(Pair {
        a: ObjectLock::new(),
        b: ObjectLock::new(),
        in_a: Checked::new(),
        in_b: Checked::new(),
    })
}

/// Two threads enter two-object sections naming the pair in opposite orders.
fn opposite_two_object_sections() {
    let p = pair();
    let t = {
        let p = p.clone();
        thread::spawn(move || {
            let _s = CriticalSection::new2(&p.a, &p.b);
            p.in_a.bump();
            p.in_b.bump();
        })
    };
    {
        let _s = CriticalSection::new2(&p.b, &p.a);
        p.in_a.bump();
        p.in_b.bump();
    }
    t.join().unwrap();
    assert_eq!(p.in_a.get(), 2);
}

/// Two threads nest sections in opposite orders (`a` then `b`, `b` then
/// `a`): only suspension of the outer section while blocked avoids deadlock.
/// Each access is still exclusive: loom checks every bump.
fn nested_crossing_sections() {
    let p = pair();
    let t = {
        let p = p.clone();
        thread::spawn(move || {
            let _outer = CriticalSection::new(&p.a);
            p.in_a.bump();
            {
                let _inner = CriticalSection::new(&p.b);
                p.in_b.bump();
            }
            p.in_a.bump();
        })
    };
    {
        let _outer = CriticalSection::new(&p.b);
        p.in_b.bump();
        {
            let _inner = CriticalSection::new(&p.a);
            p.in_a.bump();
        }
        p.in_b.bump();
    }
    t.join().unwrap();
    assert_eq!(p.in_a.get(), 3);
    assert_eq!(p.in_b.get(), 3);
}

/// Re-entry: a section on a lock this thread already holds in an outer
/// section, while another thread contends for it.
fn reentry_under_contention() {
    let p = pair();
    let t = {
        let p = p.clone();
        thread::spawn(move || {
            let _s = CriticalSection::new(&p.a);
            p.in_a.bump();
        })
    };
    {
        let _outer = CriticalSection::new(&p.a);
        p.in_a.bump();
        let _inner = CriticalSection::new(&p.a);
        p.in_a.bump();
    }
    t.join().unwrap();
    assert_eq!(p.in_a.get(), 3);
}

#[test]
fn two_object_sections_never_deadlock() {
    check(&[], false, opposite_two_object_sections);
}

#[test]
fn suspension_keeps_exclusion_and_avoids_deadlock() {
    check(&[], false, nested_crossing_sections);
}

#[test]
fn reentry_does_not_deadlock() {
    check(&[], false, reentry_under_contention);
}

flawed_model!(
    catches_locking_pairs_out_of_address_order,
    pairs_out_of_order_model,
    [Flaw::SectionsIgnoreAddressOrder],
    false,
    opposite_two_object_sections,
    "deadlock"
);

flawed_model!(
    catches_blocking_without_suspending,
    blocking_without_suspending_model,
    [Flaw::SectionsNotSuspendedWhenBlocking],
    false,
    nested_crossing_sections,
    "deadlock"
);
