//! `dict` get (lock-free) and set (critical section), single-threaded, with
//! 2 threads on one shared dict, and with 2 threads on their own dicts.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weft_benches::{on_python_threads, quick_criterion};
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
    let get_one = |v: &Value, i: usize| {
        drop(black_box(
            Dict::cast(v).unwrap().get(&int(i & (KEYS - 1))).unwrap(),
        ))
    };
    g.bench_function("2_threads_one_shared_dict", |b| {
        b.iter_custom(|n| on_python_threads(&interp, 2, n, || v.clone(), get_one))
    });
    g.bench_function("2_threads_own_dicts", |b| {
        b.iter_custom(|n| on_python_threads(&interp, 2, n, || dict_of(KEYS), get_one))
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
    let set_one = |v: &Value, i: usize| {
        Dict::cast(v)
            .unwrap()
            .set(int(i & (KEYS - 1)), int(i))
            .unwrap()
    };
    g.bench_function("2_threads_one_shared_dict", |b| {
        b.iter_custom(|n| on_python_threads(&interp, 2, n, || v.clone(), set_one))
    });
    g.bench_function("2_threads_own_dicts", |b| {
        b.iter_custom(|n| on_python_threads(&interp, 2, n, || dict_of(KEYS), set_one))
    });
    g.finish();
    drop(v);
    drop(ts);
}

criterion_group! { name = benches; config = quick_criterion(); targets = get, set }
criterion_main!(benches);
