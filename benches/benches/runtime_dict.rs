//! `dict` get (lock-free) and set (critical section), single-threaded, with
//! 2 threads on one shared dict, and with 2 threads on their own dicts.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weft_benches::{on_threads, quick_criterion};
use weft_runtime::types::{Dict, List};
use weft_runtime::{Interpreter, ThreadState, Value};

const KEYS: usize = 1024;

fn int(i: usize) -> Value {
    Value::small_int(i as i64).unwrap()
}

/// Inline-int keys, heap values (so a get pays a reference count).
fn dict_of(n: usize) -> Value {
    let v = Dict::new();
    let d = Dict::cast(&v).unwrap();
    for i in 0..n {
        d.set(int(i), List::new(vec![])).unwrap();
    }
    v
}

fn get(c: &mut Criterion) {
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    let mut g = c.benchmark_group("runtime/dict/get");
    let v = dict_of(KEYS);
    let d = Dict::cast(&v).unwrap();
    g.bench_function("single_thread", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) & (KEYS - 1);
            black_box(d.get(&int(i)).unwrap())
        })
    });
    g.bench_function("2_threads_one_shared_dict", |b| {
        b.iter_custom(|n| {
            let (interp, v) = (interp.clone(), v.clone());
            on_threads(2, n, move |n| {
                let ts = ThreadState::new(&interp);
                let d = Dict::cast(&v).unwrap();
                for i in 0..n as usize {
                    black_box(d.get(&int(i & (KEYS - 1))).unwrap());
                    if i % 64 == 0 {
                        ts.safepoint();
                    }
                }
                drop(ts);
            })
        })
    });
    g.bench_function("2_threads_own_dicts", |b| {
        b.iter_custom(|n| {
            let interp = interp.clone();
            on_threads(2, n, move |n| {
                let ts = ThreadState::new(&interp);
                let v = dict_of(KEYS);
                let d = Dict::cast(&v).unwrap();
                for i in 0..n as usize {
                    black_box(d.get(&int(i & (KEYS - 1))).unwrap());
                    if i % 64 == 0 {
                        ts.safepoint();
                    }
                }
                drop(v);
                drop(ts);
            })
        })
    });
    g.finish();
    drop(v);
    drop(ts);
}

fn set(c: &mut Criterion) {
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    let mut g = c.benchmark_group("runtime/dict/set");
    let v = dict_of(KEYS);
    let d = Dict::cast(&v).unwrap();
    g.bench_function("single_thread", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) & (KEYS - 1);
            d.set(int(i), int(i)).unwrap();
        })
    });
    g.bench_function("2_threads_one_shared_dict", |b| {
        b.iter_custom(|n| {
            let (interp, v) = (interp.clone(), v.clone());
            on_threads(2, n, move |n| {
                let ts = ThreadState::new(&interp);
                let d = Dict::cast(&v).unwrap();
                for i in 0..n as usize {
                    d.set(int(i & (KEYS - 1)), int(i)).unwrap();
                    if i % 64 == 0 {
                        ts.safepoint();
                    }
                }
                drop(ts);
            })
        })
    });
    g.bench_function("2_threads_own_dicts", |b| {
        b.iter_custom(|n| {
            let interp = interp.clone();
            on_threads(2, n, move |n| {
                let ts = ThreadState::new(&interp);
                let v = dict_of(KEYS);
                let d = Dict::cast(&v).unwrap();
                for i in 0..n as usize {
                    d.set(int(i & (KEYS - 1)), int(i)).unwrap();
                    if i % 64 == 0 {
                        ts.safepoint();
                    }
                }
                drop(v);
                drop(ts);
            })
        })
    });
    g.finish();
    drop(v);
    drop(ts);
}

criterion_group! { name = benches; config = quick_criterion(); targets = get, set }
criterion_main!(benches);
