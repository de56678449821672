//! Biased reference counting: an incref+decref pair by the owner (plain
//! loads and stores), by a non-owner (atomic read-modify-writes on the
//! shared count), and a plain `AtomicUsize` fetch_add+fetch_sub pair as the
//! baseline (what a non-biased count costs), and a non-owner's pair on a
//! deferred object (into its thread's delta cache). Target: owner >= 5x
//! faster than the baseline.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use weft_benches::{on_threads, quick_criterion};
use weft_runtime::types::List;
use weft_runtime::{Interpreter, ThreadState, Value};

const PAIRS: u64 = 64;

fn pairs(c: &mut Criterion) {
    let interp = Interpreter::new();
    let _ts = ThreadState::new(&interp);
    // 64 pairs per iteration, so that the harness's own overhead (about a
    // nanosecond per iteration here) does not swamp a sub-nanosecond path.
    // Criterion reports the time of 64 pairs; divide by 64.
    let mut g = c.benchmark_group("runtime/refcount/incref_decref_x64");
    g.throughput(Throughput::Elements(PAIRS));

    let baseline = AtomicUsize::new(1);
    g.bench_function("baseline_atomic_fetch_add_sub", |b| {
        b.iter(|| {
            for _ in 0..PAIRS {
                black_box(&baseline).fetch_add(1, Ordering::Relaxed);
                black_box(&baseline).fetch_sub(1, Ordering::Release);
            }
        })
    });

    let owned = List::new(vec![]);
    g.bench_function("owner", |b| {
        b.iter(|| {
            for _ in 0..PAIRS {
                drop(black_box(black_box(&owned).clone()));
            }
        })
    });

    // An object created by another thread: this thread is a non-owner.
    let foreign = foreign_object(&interp);
    g.bench_function("non_owner", |b| {
        b.iter(|| {
            for _ in 0..PAIRS {
                drop(black_box(black_box(&foreign).clone()));
            }
        })
    });

    // The same foreign object once deferred: a non-owner counts in its
    // thread's delta cache (deferred.rs), no atomic instruction.
    let deferred_foreign = foreign_object(&interp);
    // SAFETY: alive; its owner exited and no other thread touches it.
    unsafe { weft_runtime::object::deferred::mark_deferred(&[deferred_foreign.word()]) };
    g.bench_function("non_owner_deferred", |b| {
        b.iter(|| {
            for _ in 0..PAIRS {
                drop(black_box(black_box(&deferred_foreign).clone()));
            }
        })
    });

    // Throughput on 64 distinct objects: the same field is not incremented
    // and decremented back to back, so no store-to-load dependency chain
    // hides the difference between plain and atomic instructions.
    let owned_many: Vec<Value> = (0..PAIRS).map(|_| List::new(vec![])).collect();
    g.bench_function("owner_64_distinct_objects", |b| {
        b.iter(|| {
            let copies: [Value; PAIRS as usize] = std::array::from_fn(|i| owned_many[i].clone());
            drop(black_box(copies));
        })
    });
    // The bare protocol on 64 distinct objects: incref each, then decref
    // each (no Value construction, no array traffic), against the same
    // shape on 64 plain atomics just below.
    let headers: Vec<*const weft_runtime::ObjHeader> = owned_many
        .iter()
        .map(|v| v.as_object().unwrap().as_ptr() as *const _)
        .collect();
    g.bench_function("owner_protocol_64_distinct_objects", |b| {
        b.iter(|| {
            for &h in black_box(&headers) {
                // SAFETY: `owned_many` keeps every object alive.
                unsafe { weft_runtime::object::refcount::incref(h) };
            }
            for &h in black_box(&headers) {
                // SAFETY: gives back the reference taken just above.
                unsafe { weft_runtime::object::refcount::decref(h) };
            }
        })
    });
    let atomics: Vec<AtomicUsize> = (0..PAIRS).map(|_| AtomicUsize::new(1)).collect();
    g.bench_function("baseline_64_distinct_atomics", |b| {
        b.iter(|| {
            for a in black_box(&atomics) {
                a.fetch_add(1, Ordering::Relaxed);
            }
            for a in black_box(&atomics) {
                a.fetch_sub(1, Ordering::Release);
            }
        })
    });

    let small = Value::small_int(42).unwrap();
    g.bench_function("inline_int", |b| {
        b.iter(|| {
            for _ in 0..PAIRS {
                drop(black_box(black_box(&small).clone()));
            }
        })
    });
    g.finish();

    // Two threads hammering one object's shared count, against each on its own.
    let mut g = c.benchmark_group("runtime/refcount/incref_decref_2_threads");
    g.bench_function("shared_object_non_owners", |b| {
        b.iter_custom(|n| {
            on_threads(2, n, |n| {
                for _ in 0..n {
                    drop(black_box(foreign.clone()));
                }
            })
        })
    });
    let shared_deferred = foreign_object(&interp);
    // SAFETY: alive; its owner exited and no other thread touches it.
    unsafe { weft_runtime::object::deferred::mark_deferred(&[shared_deferred.word()]) };
    g.bench_function("shared_deferred_object_non_owners", |b| {
        b.iter_custom(|n| {
            let (interp, shared) = (interp.clone(), shared_deferred.clone());
            on_threads(2, n, move |n| {
                let ts = ThreadState::new(&interp);
                for _ in 0..n {
                    drop(black_box(shared.clone()));
                }
                drop(ts);
            })
        })
    });
    g.bench_function("own_objects", |b| {
        b.iter_custom(|n| {
            let interp = interp.clone();
            on_threads(2, n, move |n| {
                let ts = ThreadState::new(&interp);
                let mine = List::new(vec![]);
                for _ in 0..n {
                    drop(black_box(mine.clone()));
                }
                drop(mine);
                drop(ts);
            })
        })
    });
    g.finish();
}

/// A list made by a thread that has exited: every other thread is a
/// non-owner of it.
fn foreign_object(interp: &std::sync::Arc<weft_runtime::Interpreter>) -> Value {
    std::thread::spawn({
        let interp = interp.clone();
        move || {
            let ts = ThreadState::new(&interp);
            let v = List::new(vec![]);
            let keep = v.clone(); // keeps its shared count above zero for us
            std::mem::forget(keep);
            drop(ts);
            v
        }
    })
    .join()
    .unwrap()
}

criterion_group! { name = benches; config = quick_criterion(); targets = pairs }
criterion_main!(benches);
