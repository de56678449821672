//! Stress tests of one `list` shared by several threads: appends, pops and
//! replacements racing lock-free reads. Nothing may be lost, duplicated,
//! leaked or read after it was freed. Each test repeats its race.

mod common;

use common::*;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use weft_runtime::types::List;
use weft_runtime::{ThreadState, Value};

const THREADS: usize = 4;

#[test]
fn concurrent_appends_lose_nothing() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..10 {
        let ts = ThreadState::new(interp);
        let list = List::new(vec![]);
        let threads: Vec<_> = (0..THREADS)
            .map(|t| {
                let (list, drops) = (list.clone(), drops.clone());
                spawn_python_thread(interp, move |ts| {
                    let l = List::cast(&list).unwrap();
                    for i in 0..5_000 {
                        // Alternate inline ints and heap objects.
                        if i % 2 == 0 {
                            l.append(Value::small_int((t * 5_000 + i) as i64).unwrap());
                        } else {
                            l.append(tracked(t * 5_000 + i, &drops));
                        }
                        if i % 64 == 0 {
                            ts.safepoint();
                        }
                    }
                })
            })
            .collect();
        ts.blocking(|| threads.into_iter().for_each(|t| t.join().unwrap()));
        let l = List::cast(&list).unwrap();
        assert_eq!(l.len(), THREADS * 5_000);
        let mut seen = HashSet::new();
        for v in l.to_vec() {
            let id = v
                .as_small_int()
                .map(|i| i as usize)
                .unwrap_or_else(|| tracked_id(&v));
            assert!(seen.insert(id), "item {id} twice");
        }
        assert_eq!(seen.len(), THREADS * 5_000);
        drop(list);
        ts.safepoint();
        drop(ts);
    }
    assert_eq!(drops.load(Ordering::SeqCst), 10 * THREADS * 2_500);
    check.finish();
}

#[test]
fn concurrent_pops_take_each_item_once() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..10 {
        let ts = ThreadState::new(interp);
        let n = 20_000;
        let list = List::new((0..n).map(|i| tracked(i, &drops)).collect());
        let threads: Vec<_> = (0..THREADS)
            .map(|_| {
                let list = list.clone();
                spawn_python_thread(interp, move |ts| {
                    let l = List::cast(&list).unwrap();
                    let mut got = Vec::new();
                    loop {
                        let len = l.len();
                        if len == 0 {
                            break;
                        }
                        // pop() from the end, sometimes pop(0)
                        let at = if got.len() % 7 == 0 {
                            0
                        } else {
                            len.saturating_sub(1)
                        };
                        if let Some(v) = l.pop(at) {
                            got.push(tracked_id(&v));
                        }
                        if got.len() % 64 == 0 {
                            ts.safepoint();
                        }
                    }
                    got
                })
            })
            .collect();
        let mut all: Vec<usize> = ts.blocking(|| {
            threads
                .into_iter()
                .flat_map(|t| t.join().unwrap())
                .collect()
        });
        all.sort_unstable();
        assert_eq!(all, (0..n).collect::<Vec<_>>(), "lost or duplicated pops");
        drop(list);
        drop(ts);
    }
    check.finish();
}

#[test]
fn lock_free_reads_race_replacements_and_resizes() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..5 {
        let ts = ThreadState::new(interp);
        let list = List::new((0..64).map(|i| tracked(i, &drops)).collect());
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let (list, drops, stop) = (list.clone(), drops.clone(), stop.clone());
                spawn_python_thread(interp, move |ts| {
                    let l = List::cast(&list).unwrap();
                    let mut i = 0usize;
                    while !stop.load(Ordering::Relaxed) {
                        let at = (i * 7 + w) % 64;
                        // Replace an item: the old one is freed at once,
                        // racing readers that loaded it.
                        l.set(at, tracked(at, &drops)).unwrap();
                        // Grow and shrink to force array replacements.
                        l.append(tracked(1000, &drops));
                        l.pop(l.len() - 1);
                        i += 1;
                        if i.is_multiple_of(32) {
                            ts.safepoint();
                        }
                    }
                })
            })
            .collect();
        let readers: Vec<_> = (0..2)
            .map(|_| {
                let list = list.clone();
                spawn_python_thread(interp, move |ts| {
                    let l = List::cast(&list).unwrap();
                    let mut reads = 0;
                    for round in 0..300 {
                        for i in 0..64 {
                            let v = l.get(i).expect("index 0..64 always exists");
                            let id = tracked_id(&v);
                            assert!(
                                id == i || id == 1000,
                                "read a wrong or freed object: {id} at {i}"
                            );
                            reads += 1;
                        }
                        if round % 4 == 0 {
                            ts.safepoint();
                        }
                    }
                    reads
                })
            })
            .collect();
        for r in readers {
            assert_eq!(ts.blocking(|| r.join().unwrap()), 300 * 64);
        }
        stop.store(true, Ordering::Relaxed);
        ts.blocking(|| writers.into_iter().for_each(|w| w.join().unwrap()));
        drop(list);
        drop(ts);
    }
    check.finish();
}

#[test]
fn extend_with_opposite_orders_does_not_deadlock() {
    let check = LeakCheck::start();
    let interp = &check.interp;
    let ts = ThreadState::new(interp);
    let a = List::new(vec![Value::small_int(1).unwrap()]);
    let b = List::new(vec![Value::small_int(2).unwrap()]);
    let threads: Vec<_> = (0..2)
        .map(|t| {
            let (a, b) = (a.clone(), b.clone());
            spawn_python_thread(interp, move |_| {
                let (x, y) = if t == 0 { (&a, &b) } else { (&b, &a) };
                for _ in 0..10 {
                    List::cast(x)
                        .unwrap()
                        .extend_from_list(List::cast(y).unwrap());
                    List::cast(x).unwrap().clear();
                    List::cast(x).unwrap().append(Value::small_int(t).unwrap());
                }
            })
        })
        .collect();
    ts.blocking(|| threads.into_iter().for_each(|t| t.join().unwrap()));
    drop((a, b));
    drop(ts);
    check.finish();
}
