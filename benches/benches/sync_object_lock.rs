//! `ObjectLock` against `parking_lot::Mutex` and `std::sync::Mutex`:
//! an uncontended lock+unlock pair, and 2 threads contending on one lock.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weft_benches::{on_threads, quick_criterion};
use weft_sync::ObjectLock;

fn object_lock_pair(lock: &ObjectLock) {
    lock.lock();
    black_box(lock);
    // SAFETY: taken just above.
    unsafe { lock.unlock() };
}

fn uncontended(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/object_lock/uncontended");
    let ol = ObjectLock::new();
    g.bench_function("ObjectLock", |b| b.iter(|| object_lock_pair(&ol)));
    let pl = parking_lot::Mutex::new(());
    g.bench_function("parking_lot::Mutex", |b| {
        b.iter(|| drop(black_box(pl.lock())))
    });
    let sm = std::sync::Mutex::new(());
    g.bench_function("std::sync::Mutex", |b| {
        b.iter(|| drop(black_box(sm.lock().unwrap())))
    });
    g.finish();
}

fn contended(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/object_lock/contended_2_threads");
    let ol = ObjectLock::new();
    g.bench_function("ObjectLock", |b| {
        b.iter_custom(|n| on_threads(2, n, |n| (0..n).for_each(|_| object_lock_pair(&ol))))
    });
    let pl = parking_lot::Mutex::new(0u64);
    g.bench_function("parking_lot::Mutex", |b| {
        b.iter_custom(|n| on_threads(2, n, |n| (0..n).for_each(|_| *pl.lock() += 1)))
    });
    let sm = std::sync::Mutex::new(0u64);
    g.bench_function("std::sync::Mutex", |b| {
        b.iter_custom(|n| on_threads(2, n, |n| (0..n).for_each(|_| *sm.lock().unwrap() += 1)))
    });
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = uncontended, contended }
criterion_main!(benches);
