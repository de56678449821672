//! Stress tests of one `dict` and one `set` shared by several threads:
//! disjoint writers, readers racing writers and deletes, setdefault and add
//! races. Exact totals, no freed object ever read, nothing leaked.

mod common;

use common::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use weft_runtime::types::{Dict, Set};
use weft_runtime::{ThreadState, Value};

const THREADS: usize = 4;

fn int(i: usize) -> Value {
    Value::small_int(i as i64).unwrap()
}

#[test]
fn disjoint_writers_lose_nothing() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..10 {
        let ts = ThreadState::new(interp);
        let dict = Dict::new();
        let threads: Vec<_> = (0..THREADS)
            .map(|t| {
                let (dict, drops) = (dict.clone(), drops.clone());
                spawn_python_thread(interp, move |ts| {
                    let d = Dict::cast(&dict).unwrap();
                    for i in 0..2_000 {
                        let k = t * 2_000 + i;
                        d.set(int(k), tracked(k, &drops)).unwrap();
                        if i % 64 == 0 {
                            ts.safepoint();
                        }
                    }
                })
            })
            .collect();
        ts.blocking(|| threads.into_iter().for_each(|t| t.join().unwrap()));
        let d = Dict::cast(&dict).unwrap();
        assert_eq!(d.len(), THREADS * 2_000);
        for k in 0..THREADS * 2_000 {
            assert_eq!(tracked_id(&d.getitem(&int(k)).unwrap()), k);
        }
        drop(dict);
        drop(ts);
    }
    assert_eq!(drops.load(Ordering::SeqCst), 10 * THREADS * 2_000);
    check.finish();
}

#[test]
fn lock_free_reads_race_sets_deletes_and_resizes() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..5 {
        let ts = ThreadState::new(interp);
        let dict = Dict::new();
        let d = Dict::cast(&dict).unwrap();
        for k in 0..256 {
            d.set(int(k), tracked(k, &drops)).unwrap();
        }
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let (dict, drops, stop) = (dict.clone(), drops.clone(), stop.clone());
                spawn_python_thread(interp, move |ts| {
                    let d = Dict::cast(&dict).unwrap();
                    let mut i = 0usize;
                    while !stop.load(Ordering::Relaxed) {
                        let k = (i * 13 + w) % 256;
                        d.set(int(k), tracked(k, &drops)).unwrap(); // replace: frees the old value
                                                                    // Churn keys beyond 256 to force resizes.
                        let extra = 1000 + (i % 500);
                        d.set(int(extra), tracked(extra, &drops)).unwrap();
                        let _ = d.pop(&int(extra)).unwrap();
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
                let dict = dict.clone();
                spawn_python_thread(interp, move |ts| {
                    let d = Dict::cast(&dict).unwrap();
                    for round in 0..200 {
                        for k in 0..256 {
                            let v = d
                                .get(&int(k))
                                .unwrap()
                                .expect("keys 0..256 are never deleted");
                            assert_eq!(tracked_id(&v), k, "read a wrong or freed value");
                        }
                        if round % 4 == 0 {
                            ts.safepoint();
                        }
                    }
                })
            })
            .collect();
        ts.blocking(|| readers.into_iter().for_each(|r| r.join().unwrap()));
        stop.store(true, Ordering::Relaxed);
        ts.blocking(|| writers.into_iter().for_each(|w| w.join().unwrap()));
        drop(dict);
        drop(ts);
    }
    check.finish();
}

#[test]
fn setdefault_races_agree_on_one_value() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..50 {
        let ts = ThreadState::new(interp);
        let dict = Dict::new();
        let threads: Vec<_> = (0..THREADS)
            .map(|t| {
                let (dict, drops) = (dict.clone(), drops.clone());
                spawn_python_thread(interp, move |_| {
                    let d = Dict::cast(&dict).unwrap();
                    (0..20)
                        .map(|k| tracked_id(&d.setdefault(int(k), tracked(t, &drops)).unwrap()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let results: Vec<Vec<usize>> =
            ts.blocking(|| threads.into_iter().map(|t| t.join().unwrap()).collect());
        for k in 0..20 {
            let winner = results[0][k];
            assert!(
                results.iter().all(|r| r[k] == winner),
                "threads saw different values for key {k}"
            );
        }
        drop(dict);
        drop(ts);
    }
    check.finish();
}

#[test]
fn set_adds_from_many_threads_count_each_member_once() {
    let check = LeakCheck::start();
    let interp = &check.interp;
    for _round in 0..10 {
        let ts = ThreadState::new(interp);
        let set = Set::new(vec![]).unwrap();
        let threads: Vec<_> = (0..THREADS)
            .map(|t| {
                let set = set.clone();
                spawn_python_thread(interp, move |ts| {
                    let s = Set::cast(&set).unwrap();
                    let mut new = 0;
                    // Overlapping ranges: 0..3000 shifted by 500 per thread.
                    for i in 0..3_000 {
                        if s.add(int(t * 500 + i)).unwrap() {
                            new += 1;
                        }
                        if i % 64 == 0 {
                            ts.safepoint();
                        }
                    }
                    new
                })
            })
            .collect();
        let added: usize = ts.blocking(|| threads.into_iter().map(|t| t.join().unwrap()).sum());
        let s = Set::cast(&set).unwrap();
        let distinct = (THREADS - 1) * 500 + 3_000;
        assert_eq!(s.len(), distinct);
        assert_eq!(added, distinct, "an add reported new twice, or never");
        for i in 0..distinct {
            assert!(s.contains(&int(i)).unwrap());
        }
        drop(set);
        drop(ts);
    }
    check.finish();
}
