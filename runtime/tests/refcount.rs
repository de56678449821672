//! Biased reference counting across threads: owner and non-owner paths,
//! queueing to the owner, merging at safepoints and at thread exit.

mod common;

use common::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use weft_runtime::object::refcount;
use weft_runtime::ThreadState;

fn total(v: &weft_runtime::Value) -> isize {
    // SAFETY: `v` keeps the object alive; no other thread touches it here.
    unsafe { refcount::total_count(v.as_object().unwrap().as_ptr()) }
}

#[test]
fn owner_counts_without_atomics_and_frees_at_zero() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let ts = ThreadState::new(interp);
    let v = tracked(1, &drops);
    let copies: Vec<_> = (0..10).map(|_| v.clone()).collect();
    assert_eq!(total(&v), 11);
    drop(copies);
    assert_eq!(total(&v), 1);
    drop(v);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(ts);
    check.finish();
}

#[test]
fn non_owner_decref_queues_to_owner_who_merges_at_a_safepoint() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let ts = ThreadState::new(interp);
    let v = tracked(7, &drops);
    // Hand a second reference to another thread, which drops it: its shared
    // count was 0, so the object is queued to us.
    let given = v.clone();
    let other = spawn_python_thread(interp, move |_| {
        let extra: Vec<_> = (0..5).map(|_| given.clone()).collect();
        assert_eq!(tracked_id(&given), 7);
        drop(extra);
        drop(given);
    });
    other.join().unwrap();
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    ts.safepoint(); // merges: the object is now shared-counted, total 1
    assert_eq!(total(&v), 1);
    drop(v);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(ts);
    check.finish();
}

#[test]
fn objects_owned_by_an_exited_thread_are_merged_in_place() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let (tx, rx) = mpsc::channel();
    let owner = {
        let drops = drops.clone();
        spawn_python_thread(interp, move |_| {
            let v = tracked(3, &drops);
            tx.send(v).unwrap(); // the owner's reference travels away
        })
    };
    owner.join().unwrap();
    let ts = ThreadState::new(interp);
    let v = rx.recv().unwrap();
    let copy = v.clone();
    drop(copy);
    drop(v); // shared count 0, owner gone: merged here and freed
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(ts);
    check.finish();
}

#[test]
fn many_threads_cloning_and_dropping_one_object_keep_exact_counts() {
    let check = LeakCheck::start();
    let interp = &check.interp;
    for _round in 0..20 {
        let ts = ThreadState::new(interp);
        let drops = Arc::new(AtomicUsize::new(0));
        let v = tracked(9, &drops);
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let mine = v.clone();
                spawn_python_thread(interp, move |ts| {
                    for i in 0..2000 {
                        let c = mine.clone();
                        let d = c.clone();
                        drop(c);
                        drop(d);
                        if i % 100 == 0 {
                            ts.safepoint();
                        }
                    }
                    drop(mine);
                })
            })
            .collect();
        for t in threads {
            // Detached while waiting, as a blocking Python thread is: the
            // workers stop the world to defer the object they contend on.
            ts.blocking(|| t.join().unwrap());
        }
        ts.safepoint();
        assert_eq!(total(&v), 1, "exact count after the race");
        assert_eq!(drops.load(Ordering::SeqCst), 0);
        // SAFETY: `v` keeps it alive.
        let deferred =
            unsafe { weft_runtime::object::deferred::is_deferred(v.as_object().unwrap().as_ptr()) };
        assert!(
            deferred,
            "8000 shared increments per thread defer the object"
        );
        drop(v);
        assert_eq!(
            drops.load(Ordering::SeqCst),
            0,
            "counting alone never frees a deferred object"
        );
        free_deferred_garbage();
        assert_eq!(drops.load(Ordering::SeqCst), 1);
        drop(ts);
    }
    check.finish();
}

#[test]
fn deep_chains_free_without_overflowing_the_stack() {
    let check = LeakCheck::start();
    let interp = &check.interp;
    let ts = ThreadState::new(interp);
    // A million nested one-item lists: freeing the outermost frees them all.
    let mut v = weft_runtime::types::List::new(vec![]);
    for _ in 0..1_000_000 {
        v = weft_runtime::types::List::new(vec![v]);
    }
    drop(v);
    drop(ts);
    check.finish();
}

fn published(v: &weft_runtime::Value) -> bool {
    use weft_runtime::object::header::GC_PUBLISHED;
    // SAFETY: `v` keeps the object alive.
    let bits = unsafe { v.as_object().unwrap().as_ref() }
        .gc_bits()
        .load(Ordering::Relaxed);
    bits & GC_PUBLISHED != 0
}

/// Objects whose address lock-free readers may load (list, dict and set
/// slots, weak references) are marked, so their memory waits for those
/// readers when they die; all others are freed at once.
#[test]
fn objects_stored_where_lock_free_readers_look_are_published() {
    use weft_runtime::types::{Dict, List};
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let ts = ThreadState::new(interp);
    let (a, b, c, d, e, f) = (
        tracked(1, &drops),
        tracked(2, &drops),
        tracked(3, &drops),
        tracked(4, &drops),
        tracked(5, &drops),
        tracked(6, &drops),
    );
    let list = List::new(vec![a.clone()]);
    List::cast(&list).unwrap().append(b.clone());
    List::cast(&list).unwrap().insert(0, c.clone());
    let dict = Dict::new();
    Dict::cast(&dict)
        .unwrap()
        .set(weft_runtime::types::int::int_from_i64(1), d.clone())
        .unwrap();
    let weak = weft_runtime::types::weakref::new_weakref(&e, None);
    for (v, name) in [
        (&a, "list item"),
        (&b, "appended"),
        (&c, "inserted"),
        (&d, "dict value"),
        (&e, "weakly referenced"),
    ] {
        assert!(published(v), "{name}");
    }
    assert!(!published(&f), "never stored anywhere");
    drop((list, dict, weak, a, b, c, d, e, f));
    assert_eq!(drops.load(Ordering::SeqCst), 6);
    drop(ts);
    check.finish();
}

#[test]
fn a_deferred_objects_owner_may_drop_references_after_its_count_is_spent() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let ts = ThreadState::new(interp);
    let v = tracked(7, &drops);
    weft_runtime::object::deferred::defer_fresh(&v);
    // The owner's one reference goes to another thread, which makes two
    // (counted in its delta cache), drops the one it got (so the owner's
    // count now counts nothing the owner holds) and hands both back.
    let (a, b) = ts.blocking(|| {
        spawn_python_thread(interp, move |_| {
            let pair = (v.clone(), v.clone());
            drop(v);
            pair
        })
        .join()
        .unwrap()
    });
    drop(a); // the owner's count reaches zero: the collector decides
    drop(b); // the owner drops a reference the other thread counted
    assert_eq!(
        drops.load(Ordering::SeqCst),
        0,
        "still referenced by nothing but freed only by the collector"
    );
    free_deferred_garbage();
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(ts);
    check.finish();
}

#[test]
fn a_non_owner_holding_two_deferred_objects_of_one_cache_set_writes_neither_count() {
    use weft_runtime::object::deferred;
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let ts = ThreadState::new(interp);
    let objects: Vec<_> = (0..400).map(|i| tracked(i, &drops)).collect();
    for v in &objects {
        deferred::defer_fresh(v);
    }
    // Three objects the delta cache counts in one set (400 objects over its
    // sets: some set has several).
    let set_of =
        |v: &weft_runtime::Value| deferred::delta_cache_set(v.as_object().unwrap().as_ptr());
    let mut by_set = std::collections::HashMap::<usize, Vec<&weft_runtime::Value>>::new();
    for v in &objects {
        by_set.entry(set_of(v)).or_default().push(v);
    }
    let trio = by_set
        .values()
        .find(|vs| vs.len() >= 3)
        .expect("a set with three objects");
    let (a, b, c) = (trio[0].clone(), trio[1].clone(), trio[2].clone());
    let totals = ts.blocking(|| {
        spawn_python_thread(interp, move |_| {
            // Held at once: each counted in the cache, neither evicted.
            let (held_a, held_b) = (a.clone(), b.clone());
            let both = (total(&a), total(&b));
            // `b`'s entry is back to zero: the newcomer takes it, not `a`'s.
            drop(held_b);
            let held_c = c.clone();
            let after = total(&a);
            drop((held_a, held_c, a, b, c));
            (both, after)
        })
        .join()
        .unwrap()
    });
    // The owner holds `objects` and the trio's clones went to the thread:
    // 2 each, unchanged while the thread's counts stayed in its cache.
    assert_eq!(
        totals,
        ((2, 2), 2),
        "a pending delta was evicted into a shared count"
    );
    drop(objects);
    free_deferred_garbage();
    assert_eq!(drops.load(Ordering::SeqCst), 400);
    drop(ts);
    check.finish();
}

#[test]
fn a_lone_contended_object_is_deferred_within_a_bounded_wait_or_before_blocking() {
    use weft_runtime::object::deferred;
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    let ts = ThreadState::new(interp);
    let (waited, blocked) = (tracked(1, &drops), tracked(2, &drops));
    let is_deferred = |v: &weft_runtime::Value| {
        // SAFETY: the caller's `v` keeps it alive.
        unsafe { deferred::is_deferred(v.as_object().unwrap().as_ptr()) }
    };
    let (a, b) = (waited.clone(), blocked.clone());
    let seen = ts.blocking(|| {
        spawn_python_thread(interp, move |ts| {
            let touch = |v: &weft_runtime::Value| {
                for _ in 0..deferred::DEFER_AFTER {
                    drop(v.clone());
                }
            };
            // One object queued: the next safepoints do not stop the world
            // for it alone, but it is marked within the wait.
            touch(&a);
            ts.safepoint();
            let after_one = is_deferred(&a);
            for _ in 0..2048 {
                ts.safepoint();
            }
            let after_wait = is_deferred(&a);
            // Queued, then the thread blocks: marked first.
            touch(&b);
            ts.blocking(|| ());
            let before_block = is_deferred(&b);
            drop((a, b));
            (after_one, after_wait, before_block)
        })
        .join()
        .unwrap()
    });
    assert_eq!(seen, (false, true, true));
    drop((waited, blocked));
    free_deferred_garbage();
    assert_eq!(drops.load(Ordering::SeqCst), 2);
    drop(ts);
    check.finish();
}
